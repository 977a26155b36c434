using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Insurer;

/// <summary>The insurer's resource, made once from the validated configuration; each request gets a copy.</summary>
internal sealed class InsurerDescription
{
    public const string VersionId = "1";

    private readonly Organization _organization;

    public InsurerDescription(InsurerOptions options, DateTime startedAt)
    {
        _organization = InsurerMapper.ToFhir(options);
        var lastUpdated = DateTime.SpecifyKind(startedAt, DateTimeKind.Utc);
        _organization.Meta = new Meta
        {
            VersionId = VersionId,
            LastUpdated = new DateTimeOffset(lastUpdated),
            Profile = [OpenImisIg.InsuranceOrganizationProfile],
        };
        Entry = new InsurerEntry(_organization.Id!, options.Code!, options.Name!, lastUpdated);
    }

    public InsurerEntry Entry { get; }

    public Organization Resource() => (Organization)_organization.DeepCopy();
}
