using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Shared;

/// <summary>The IG's identifiers: no system, a type coding from openimis-identifiers (<c>Code</c> or <c>UUID</c>).</summary>
internal static class IgIdentifiers
{
    public const string Code = "Code";
    public const string Uuid = "UUID";

    public static Identifier Create(string typeCode, string value) => new()
    {
        Type = new CodeableConcept(OpenImisIg.IdentifierTypeSystem, typeCode),
        Value = value,
    };

    /// <summary>
    /// The Code and UUID identifiers of a row. The engine hands a history row over with the resource's UUID (see
    /// VersionedResourceHandler.LoadVersionsAsync), so a superseded version keeps the identifiers it had when current.
    /// </summary>
    public static List<Identifier> Of(string? code, IVersionedRow row)
    {
        var identifiers = new List<Identifier>();
        if (!string.IsNullOrEmpty(code))
        {
            identifiers.Add(Create(Code, code));
        }

        identifiers.Add(Create(Uuid, row.Uuid.ToLowerInvariant()));
        return identifiers;
    }

    /// <summary>The value of the first identifier whose type carries <paramref name="typeCode"/>.</summary>
    public static string? Find(IEnumerable<Identifier> identifiers, string typeCode) =>
        identifiers.FirstOrDefault(i => HasType(i, typeCode))?.Value;

    public static bool HasType(Identifier identifier, string typeCode) =>
        identifier.Type?.Coding.Any(c => c.Code == typeCode && (c.System is null || c.System == OpenImisIg.IdentifierTypeSystem)) == true;
}
