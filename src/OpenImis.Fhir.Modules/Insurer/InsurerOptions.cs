namespace OpenImis.Fhir.Modules.Insurer;

/// <summary>
/// The insurer (Fhir:Modules:Insurer): openIMIS has no table for the scheme's own insurance organisation, so the
/// server describes it from configuration, as openIMIS's FHIR module does.
/// </summary>
internal sealed class InsurerOptions
{
    /// <summary>The Organization's id: a UUID, like every other openIMIS resource id.</summary>
    public string? Id { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Fax { get; set; }

    /// <summary>The address lines; the profile keeps one line, so they are joined with ", ".</summary>
    public List<string> AddressLines { get; set; } = [];

    public string? City { get; set; }

    public string? District { get; set; }

    public string? State { get; set; }

    /// <summary>The administrative contact's name.</summary>
    public string? ContactName { get; set; }

    /// <summary>The problems that make the configuration unusable; empty when it is good.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!Guid.TryParse(Id, out _))
        {
            problems.Add($"Id must be a UUID (it is the Organization's id), not '{Id}'");
        }

        if (string.IsNullOrWhiteSpace(Code))
        {
            problems.Add("Code is required (the Organization's Code identifier)");
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add("Name is required (Organization.name)");
        }

        return problems;
    }
}
