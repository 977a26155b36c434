using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Location.Mapping;

/// <summary>
/// <c>tblLocations</c> rows as openimis-location and back. The profile forbids <c>type</c>, <c>address</c> and the
/// other descriptive elements: the level is <c>physicalType</c>, the parent <c>partOf</c>.
/// </summary>
internal static class LocationMapper
{
    public const string CodeElement = "Location.identifier[Code].value";
    public const string NameElement = "Location.name";
    public const string TypeElement = "Location.physicalType";
    public const string PartOfElement = "Location.partOf";

    public const int CodeLength = 8;
    public const int NameLength = 50;

    /// <summary>The resource for a row (live or history) whose parent is loaded, without id or meta.</summary>
    public static Hl7.Fhir.Model.Location ToFhir(Data.Location row)
    {
        var location = new Hl7.Fhir.Model.Location
        {
            Identifier = IgIdentifiers.Of(row.Code, row),
            Status = Hl7.Fhir.Model.Location.LocationStatus.Active,
            Name = row.Name,
            Mode = Hl7.Fhir.Model.Location.LocationMode.Instance,
            PhysicalType = new CodeableConcept { Coding = [new Coding(OpenImisIg.LocationTypeSystem, row.Type, LocationLevels.Display(row.Type))] },
        };
        if (row.Parent is { } parent)
        {
            location.PartOf = FhirReferences.To("Location", parent.Uuid);
            location.PartOf.Display = parent.Name;
        }

        return location;
    }

    /// <summary>The UUID of the parent the resource names; null for none.</summary>
    public static string? ParentId(Hl7.Fhir.Model.Location location) =>
        FhirReferences.IdOf(location.PartOf, "Location", PartOfElement);

    /// <summary>The level the resource asks for: one location-type code (R, D, W, V), else a 422.</summary>
    public static string Type(Hl7.Fhir.Model.Location location)
    {
        var codes = location.PhysicalType?.Coding
            .Where(c => c.System is null || c.System == OpenImisIg.LocationTypeSystem)
            .Select(c => c.Code)
            .Distinct(StringComparer.Ordinal)
            .ToList() ?? [];
        return codes is [{ } code] && LocationLevels.IsKnown(code)
            ? code
            : throw FhirException.Unprocessable(
                $"{TypeElement} must carry one code of {OpenImisIg.LocationTypeSystem}: R (region), D (district), W (ward/municipality) or V (village).",
                TypeElement);
    }

    /// <summary>
    /// Writes code, name and level into the row and links <paramref name="parent"/>. The populations and the family
    /// count are openIMIS's own and kept as they are.
    /// </summary>
    public static void ToEntity(Hl7.Fhir.Model.Location location, Data.Location row, Data.Location? parent)
    {
        row.Code = ColumnLimits.Required(IgIdentifiers.Find(location.Identifier, IgIdentifiers.Code), CodeLength, CodeElement);
        row.Name = ColumnLimits.Required(location.Name, NameLength, NameElement);
        row.Type = Type(location);
        row.Parent = parent;
        row.ParentId = parent?.Id;
    }
}
