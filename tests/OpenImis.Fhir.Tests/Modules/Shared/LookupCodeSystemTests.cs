using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Shared;

// Not "Shared": a reserved word in Visual Basic (CA1716).
namespace OpenImis.Fhir.Tests.Modules.SharedHelpers;

public sealed class LookupCodeSystemTests
{
    private static string Concepts(params LookupRow[] rows) =>
        string.Join(',', LookupCodeSystem<Profession>.Concepts(rows).Select(c => $"{c.Code}:{c.Display}"));

    [Fact]
    public void Concepts_FollowTheSortOrder_WhenRowsHaveOne()
    {
        Assert.Equal("2:Employee,1:Housewife", Concepts(new LookupRow("1", "Housewife", 2), new LookupRow("2", "Employee", 1)));
    }

    [Fact]
    public void Concepts_PutRowsWithoutSortOrderLast_WhenSomeLackIt()
    {
        Assert.Equal("2:Employee,1:Housewife", Concepts(new LookupRow("1", "Housewife", null), new LookupRow("2", "Employee", 9)));
    }

    [Fact]
    public void Concepts_AreTrimmed_WhenTheDatabasePadsThem()
    {
        Assert.Equal("H:Household", Concepts(new LookupRow("H ", "Household  ", 1)));
    }

    [Fact]
    public void Concepts_ShowTheCode_WhenTheNameIsEmpty()
    {
        Assert.Equal("N:N", Concepts(new LookupRow("N", null, 1)));
    }

    [Fact]
    public void Concepts_LeaveOutRows_WhenTheCodeIsBlank()
    {
        Assert.Equal("A:Local council", Concepts(new LookupRow(" ", "Nothing", 1), new LookupRow("A", "Local council", 2)));
    }
}
