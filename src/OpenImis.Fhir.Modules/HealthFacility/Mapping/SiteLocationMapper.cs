using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Terminology;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.HealthFacility.Mapping;

/// <summary>
/// A health facility as a Location site (physicalType <c>si</c>), as openIMIS's FHIR module also serves it: same id
/// as its Organization, managed by it, part of its district, under the guide's openimis-health-facility-location
/// (openimis-location allows only the R/D/W/V levels, no type and no managingOrganization).
/// </summary>
internal sealed class SiteLocationMapper(ILocationLookup locations, ConceptMapTranslation levelToSiteType)
{
    public const string PhysicalTypeSystem = "http://terminology.hl7.org/CodeSystem/location-physical-type";
    public const string Site = "si";

    public Hl7.Fhir.Model.Location ToFhir(Data.HealthFacility row)
    {
        var site = new Hl7.Fhir.Model.Location
        {
            Identifier = IgIdentifiers.Of(row.Code, row),
            Status = Hl7.Fhir.Model.Location.LocationStatus.Active,
            Name = row.Name,
            Mode = Hl7.Fhir.Model.Location.LocationMode.Instance,
            PhysicalType = new CodeableConcept(PhysicalTypeSystem, Site, "Site"),
            ManagingOrganization = FhirReferences.To("Organization", row.Uuid),
        };

        if (levelToSiteType.ToConcept(row.Level) is { } type)
        {
            site.Type.Add(type);
        }

        if (locations.Find(row.LocationId) is { } district)
        {
            site.PartOf = FhirReferences.To("Location", district.Uuid);
        }

        return site;
    }
}
