using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Insuree.Mapping;

namespace OpenImis.Fhir.Tests.Modules.Insuree.Mapping;

/// <summary>Holds <c>mappings/Patient.md</c> and <c>mappings/Group.md</c> against the mappers, row by row.</summary>
public sealed class MappingTableTests
{
    public static TheoryData<MappingTableRow> PatientRows => Rows("Patient.md");

    public static TheoryData<MappingTableRow> GroupRows => Rows("Group.md");

    [Theory]
    [MemberData(nameof(PatientRows))]
    public void PatientMapper_EmitsFhirValue_WhenColumnHasTestValue(MappingTableRow row)
    {
        var insuree = InsureeFixtures.JohnInFamily();

        var values = Emitted(insuree, row, i => new PatientMapper(InsureeTestCodes.Codes, GraphLocations.Of(i)).ToFhir(i));

        Assert.Contains(row.FhirValue ?? "(any value)", values);
    }

    [Theory]
    [MemberData(nameof(GroupRows))]
    public void GroupMapper_EmitsFhirValue_WhenColumnHasTestValue(MappingTableRow row)
    {
        var family = InsureeFixtures.DoeFamily();

        var values = Emitted(family, row, f => new GroupMapper(InsureeTestCodes.Codes, GraphLocations.Of(f)).ToFhir(f));

        Assert.Contains(row.FhirValue ?? "(any value)", values);
    }

    // A row without test value documents a mapping the fixture already exercises: the element must be populated.
    private static IReadOnlyList<string> Emitted<T>(T entity, MappingTableRow row, Func<T, Resource> map)
        where T : notnull
    {
        if (row.TestValue is null)
        {
            return FhirValues.Select(map(entity), row.Element).Count > 0 ? ["(any value)"] : [];
        }

        Assert.DoesNotContain(row.FhirValue!, FhirValues.Select(map(entity), row.Element));
        foreach (var given in row.Given)
        {
            var equals = given.LastIndexOf('=');
            ColumnSetter.Set(entity, given[..equals].Trim(), given[(equals + 1)..].Trim());
        }

        ColumnSetter.Set(entity, row.Column, row.TestValue);
        return FhirValues.Select(map(entity), row.Element);
    }

    private static TheoryData<MappingTableRow> Rows(string file)
    {
        var data = new TheoryData<MappingTableRow>();
        foreach (var row in MappingTableRow.Read(file))
        {
            data.Add(row);
        }

        return data;
    }
}
