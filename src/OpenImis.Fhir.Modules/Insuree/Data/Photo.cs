using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Insuree.Data;

/// <summary>A row of <c>tblPhotos</c>: an insuree photo, as a file reference or base64 text.</summary>
internal sealed class Photo : IVersionedRow
{
    public int Id { get; set; }
    public string Uuid { get; set; } = string.Empty;
    public int? InsureeId { get; set; }
    public string? ChfId { get; set; }
    public string? Folder { get; set; }
    public string? FileName { get; set; }
    public int OfficerId { get; set; }
    public DateOnly Date { get; set; }
    public string? Content { get; set; }
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int? AuditUserId { get; set; }
}
