using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.HealthFacility.Data;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.HealthFacility.Mapping;

/// <summary>
/// Health facility ↔ openimis-health-facility-organization. <see cref="ToEntity"/> only copies fields: the handler
/// first resolves the district and the legal form the Organization names (<see cref="OrganizationReferences"/>).
/// <see cref="ToFhir"/> takes the district and its region from the location cache, not from joins.
/// </summary>
internal sealed class OrganizationMapper(ILocationLookup locations)
{
    public const string OrganizationTypeSystem = "http://terminology.hl7.org/CodeSystem/organization-type";
    public const string ProviderType = "prov";

    public Organization ToFhir(Data.HealthFacility row)
    {
        var organization = new Organization
        {
            Identifier = IgIdentifiers.Of(row.Code, row),
            Type = [new CodeableConcept(OrganizationTypeSystem, ProviderType, "Healthcare Provider")],
            Name = row.Name,
            Telecom = Telecom(row),
        };
        organization.Extension.Add(Coded(OpenImisIg.HealthFacilityLegalForm, OpenImisIg.HealthFacilityLegalFormSystem, row.LegalFormCode, row.LegalForm?.Name));
        organization.Extension.Add(Coded(OpenImisIg.HealthFacilityLevel, OpenImisIg.HealthFacilityLevelSystem, row.Level, Display(HealthFacilityCodes.Levels, row.Level)));
        organization.Extension.Add(Coded(OpenImisIg.HealthFacilityCareType, OpenImisIg.HealthFacilityCareTypeSystem, row.CareType, Display(HealthFacilityCodes.CareTypes, row.CareType)));
        if (DistrictAddress.Create(locations.Find(row.LocationId), row.Address) is { } address)
        {
            organization.Address.Add(address);
        }

        return organization;
    }

    /// <summary>Copies the Organization into the row; <paramref name="district"/> and <paramref name="legalForm"/> are live rows the handler found.</summary>
    public static void ToEntity(Organization organization, Data.HealthFacility row, Location.Data.Location district, LegalForm legalForm)
    {
        CheckType(organization);
        row.Code = ColumnLimits.Required(IgIdentifiers.Find(organization.Identifier, IgIdentifiers.Code), 8, "Organization.identifier[Code].value");
        row.Name = ColumnLimits.Required(organization.Name, 100, "Organization.name");
        row.Phone = ColumnLimits.Fit(TelecomValue(organization, ContactPoint.ContactPointSystem.Phone), 50, "Organization.telecom[phone].value");
        row.Fax = ColumnLimits.Fit(TelecomValue(organization, ContactPoint.ContactPointSystem.Fax), 50, "Organization.telecom[fax].value");
        row.Email = ColumnLimits.Fit(TelecomValue(organization, ContactPoint.ContactPointSystem.Email), 50, "Organization.telecom[email].value");
        row.Address = ColumnLimits.Fit(organization.Address.FirstOrDefault()?.Line.FirstOrDefault(), 100, "Organization.address.line");
        row.Level = FixedCode(organization, OpenImisIg.HealthFacilityLevel, OpenImisIg.HealthFacilityLevelSystem, HealthFacilityCodes.Levels, "hfLevel");
        row.CareType = FixedCode(organization, OpenImisIg.HealthFacilityCareType, OpenImisIg.HealthFacilityCareTypeSystem, HealthFacilityCodes.CareTypes, "careType");
        row.LegalForm = legalForm;
        row.LegalFormCode = legalForm.Code;
        row.Location = district;
        row.LocationId = district.Id;
        if (string.IsNullOrEmpty(row.Status))
        {
            row.Status = HealthFacilityCodes.StatusActive;
        }
    }

    private static List<ContactPoint> Telecom(Data.HealthFacility row)
    {
        var telecom = new List<ContactPoint>();
        Add(telecom, ContactPoint.ContactPointSystem.Phone, row.Phone);
        Add(telecom, ContactPoint.ContactPointSystem.Fax, row.Fax);
        Add(telecom, ContactPoint.ContactPointSystem.Email, row.Email);
        return telecom;

        static void Add(List<ContactPoint> telecom, ContactPoint.ContactPointSystem system, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                telecom.Add(new ContactPoint(system, null, value));
            }
        }
    }

    private static string? TelecomValue(Organization organization, ContactPoint.ContactPointSystem system) =>
        organization.Telecom.FirstOrDefault(t => t.System == system)?.Value;

    private static Extension Coded(string url, string system, string code, string? display) =>
        new(url, new CodeableConcept(system, code, display));

    private static string? Display(IReadOnlyDictionary<string, string> names, string code) =>
        names.TryGetValue(code, out var name) ? name : null;

    // The guide fixes the type at 'prov'; another type is another openIMIS concept (policy holder, insurer).
    private static void CheckType(Organization organization)
    {
        var codes = organization.Type.SelectMany(t => t.Coding).ToList();
        if (!codes.Any(c => c.Code == ProviderType && (c.System is null || c.System == OrganizationTypeSystem)))
        {
            throw FhirException.Unprocessable("Organization.type: a health facility has type 'prov'.", "Organization.type");
        }
    }

    // Level and care type are fixed openIMIS codes, the same letters as the guide's code systems.
    private static string FixedCode(
        Organization organization, string url, string system, IReadOnlyDictionary<string, string> allowed, string slice)
    {
        var element = $"Organization.extension[{slice}]";
        var concept = organization.GetExtension(url)?.Value as CodeableConcept
            ?? throw FhirException.Unprocessable($"{element} is required: openIMIS stores it for every health facility.", element);
        var code = concept.Coding.FirstOrDefault(c => c.System is null || c.System == system)?.Code;
        return code is not null && allowed.ContainsKey(code)
            ? code
            : throw FhirException.Unprocessable(
                $"{element}: expected one of {string.Join(", ", allowed.Keys)} from {system}.", element);
    }
}
