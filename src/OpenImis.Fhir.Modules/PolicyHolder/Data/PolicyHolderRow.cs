namespace OpenImis.Fhir.Modules.PolicyHolder.Data;

/// <summary>
/// A row of <c>tblPolicyHolder</c> (openIMIS's policyholder module): a formal-sector employer or organisation.
/// Unlike the older tables it follows the newer openIMIS history convention: the UUID is the key, an update bumps
/// <see cref="Version"/> in place (django-simple-history keeps the old versions elsewhere), a delete sets
/// <see cref="IsDeleted"/>.
/// </summary>
internal sealed class PolicyHolderRow
{
    public Guid Id { get; set; }
    public bool IsDeleted { get; set; }
    public DateTime? DateCreated { get; set; }
    public DateTime? DateUpdated { get; set; }
    public int Version { get; set; }
    public DateTime DateValidFrom { get; set; }
    public DateTime? DateValidTo { get; set; }
    public string Code { get; set; } = string.Empty;
    public string TradeName { get; set; } = string.Empty;
    public int? LocationId { get; set; }

    /// <summary>JSON: the frontend stores the free-text address (a JSON string or an object with <c>address</c>).</summary>
    public string? Address { get; set; }

    public string? Phone { get; set; }
    public string? Fax { get; set; }
    public string? Email { get; set; }

    /// <summary>JSON: the contact's name (a JSON string or an object with <c>contactName</c>).</summary>
    public string? ContactName { get; set; }

    public int? LegalForm { get; set; }
    public int? ActivityCode { get; set; }
}
