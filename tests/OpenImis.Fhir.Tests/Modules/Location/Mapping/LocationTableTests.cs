using OpenImis.Fhir.Modules.Location.Mapping;
using OpenImis.Fhir.Tests.Modules.Insuree.Mapping;

namespace OpenImis.Fhir.Tests.Modules.LocationMapping;

/// <summary>Holds <c>mappings/Location.md</c> against the mapper, row by row.</summary>
public sealed class LocationTableTests
{
    public static TheoryData<MappingTableRow> Rows
    {
        get
        {
            var data = new TheoryData<MappingTableRow>();
            foreach (var row in MappingTableRow.Read("Location.md"))
            {
                data.Add(row);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void LocationMapper_EmitsFhirValue_WhenColumnHasTestValue(MappingTableRow row)
    {
        var village = LocationFixtures.Village();
        Assert.DoesNotContain(row.FhirValue!, FhirValues.Select(LocationMapper.ToFhir(village), row.Element));

        ColumnSetter.Set(village, row.Column, row.TestValue!);

        Assert.Contains(row.FhirValue!, FhirValues.Select(LocationMapper.ToFhir(village), row.Element));
    }
}
