using System.Net;
using OpenImis.Fhir.Core.Rest.Patch;
using static OpenImis.Fhir.Tests.Core.Rest.Patch.PatchFixtures;

namespace OpenImis.Fhir.Tests.Core.Rest.Patch;

public sealed class JsonPatchErrorTests
{
    [Theory]
    [InlineData("")]
    [InlineData("[{ \"op\": \"remove\", ")]
    [InlineData("{ \"op\": \"remove\", \"path\": \"/active\" }")]
    [InlineData("[1]")]
    public void FromJsonPatch_Throws400_WhenBodyIsNoArrayOfObjects(string body)
    {
        Fails(HttpStatusCode.BadRequest, () => PatchDocument.FromJsonPatch(body));
    }

    [Theory]
    [InlineData("""[{ "path": "/active" }]""")]
    [InlineData("""[{ "op": "delete", "path": "/active" }]""")]
    [InlineData("""[{ "op": "Remove", "path": "/active" }]""")]
    [InlineData("""[{ "op": 1, "path": "/active" }]""")]
    public void FromJsonPatch_Throws400_WhenOpIsMissingOrUnknown(string body)
    {
        Fails(HttpStatusCode.BadRequest, () => PatchDocument.FromJsonPatch(body));
    }

    [Theory]
    [InlineData("""[{ "op": "remove" }]""")]
    [InlineData("""[{ "op": "remove", "path": "active" }]""")]
    [InlineData("""[{ "op": "remove", "path": "/name~2" }]""")]
    [InlineData("""[{ "op": "remove", "path": null }]""")]
    public void FromJsonPatch_Throws400_WhenPathIsNoPointer(string body)
    {
        Fails(HttpStatusCode.BadRequest, () => PatchDocument.FromJsonPatch(body));
    }

    [Theory]
    [InlineData("add")]
    [InlineData("replace")]
    [InlineData("test")]
    public void FromJsonPatch_Throws400_WhenValueIsMissing(string op)
    {
        Fails(HttpStatusCode.BadRequest, () => PatchDocument.FromJsonPatch($$"""[{ "op": "{{op}}", "path": "/active" }]"""));
    }

    [Theory]
    [InlineData("move")]
    [InlineData("copy")]
    public void FromJsonPatch_Throws400_WhenFromIsMissing(string op)
    {
        Fails(HttpStatusCode.BadRequest, () => PatchDocument.FromJsonPatch($$"""[{ "op": "{{op}}", "path": "/active" }]"""));
    }

    [Fact]
    public void FromJsonPatch_Throws400_WhenMoveGoesIntoItsOwnChild()
    {
        Fails(HttpStatusCode.BadRequest, () => PatchDocument.FromJsonPatch("""[{ "op": "move", "from": "/name/0", "path": "/name/0/given" }]"""));
    }

    [Fact]
    public void FromJsonPatch_Throws400_WhenAMemberIsRepeated()
    {
        Fails(HttpStatusCode.BadRequest, () => PatchDocument.FromJsonPatch("""[{ "op": "remove", "path": "/active", "path": "/name" }]"""));
    }

    [Fact]
    public void FromJsonPatch_NamesTheOperation_WhenOneIsMalformed()
    {
        var exception = Fails(HttpStatusCode.BadRequest, () => PatchDocument.FromJsonPatch(
            """[{ "op": "remove", "path": "/name" }, { "op": "remove" }]"""));
        Assert.StartsWith("JSON Patch operation [1] ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_Throws422_WhenRemoveNamesAnAbsentMember()
    {
        Unprocessable("Patient.active", () => ApplyJson("""[{ "op": "remove", "path": "/active" }]"""));
    }

    [Fact]
    public void Apply_Throws422_WhenReplaceNamesAnAbsentItem()
    {
        Unprocessable("Patient.name[5].family", () => ApplyJson("""[{ "op": "replace", "path": "/name/5/family", "value": "Roe" }]"""));
    }

    [Fact]
    public void Apply_Throws422_WhenAddIndexIsPastTheEnd()
    {
        Unprocessable("Patient.telecom[3]", () => ApplyJson("""[{ "op": "add", "path": "/telecom/3", "value": { "value": "x" } }]"""));
    }

    [Fact]
    public void Apply_Throws422_WhenIndexHasALeadingZero()
    {
        Unprocessable("Patient.telecom[01]", () => ApplyJson("""[{ "op": "remove", "path": "/telecom/01" }]"""));
    }

    [Fact]
    public void Apply_Throws422_WhenDashIsUsedOutsideAdd()
    {
        Unprocessable("Patient.telecom[-]", () => ApplyJson("""[{ "op": "remove", "path": "/telecom/-" }]"""));
    }

    [Fact]
    public void Apply_Throws422_WhenAddParentIsAbsent()
    {
        Unprocessable("Patient.maritalStatus", () => ApplyJson("""[{ "op": "add", "path": "/maritalStatus/text", "value": "Married" }]"""));
    }

    [Fact]
    public void Apply_Throws422_WhenAddParentIsAPrimitive()
    {
        Unprocessable("Patient.gender.text", () => ApplyJson("""[{ "op": "add", "path": "/gender/text", "value": "x" }]"""));
    }

    [Fact]
    public void Apply_Throws422_WhenTestFails()
    {
        Unprocessable("Patient.gender", () => ApplyJson("""[{ "op": "test", "path": "/gender", "value": "female" }]"""));
    }

    [Fact]
    public void Apply_Throws422_WhenCopySourceIsAbsent()
    {
        Unprocessable("Patient.photo", () => ApplyJson("""[{ "op": "copy", "from": "/photo", "path": "/contact/0/photo" }]"""));
    }

    [Fact]
    public void Apply_Throws422_WhenIdChanges()
    {
        Unprocessable("Patient.id", () => ApplyJson("""[{ "op": "replace", "path": "/id", "value": "another" }]"""));
    }

    [Fact]
    public void Apply_Throws422_WhenResourceTypeChanges()
    {
        Unprocessable("Patient.resourceType", () => ApplyJson("""[{ "op": "replace", "path": "/resourceType", "value": "Group" }]"""));
    }

    [Fact]
    public void Apply_Throws422_WhenTheWholeResourceIsReplacedByAnother()
    {
        Unprocessable("Patient", () => ApplyJson("""[{ "op": "replace", "path": "", "value": { "resourceType": "Patient", "id": "another" } }]"""));
    }

    [Fact]
    public void Apply_Throws422_WhenTheWholeResourceIsRemoved()
    {
        Unprocessable("Patient", () => ApplyJson("""[{ "op": "remove", "path": "" }]"""));
    }

    [Fact]
    public void Apply_Throws422_WhenResultHasAnInvalidDate()
    {
        Unprocessable("Patient.birthDate", () => ApplyJson("""[{ "op": "replace", "path": "/birthDate", "value": "5 Feb 1962" }]"""));
    }

    [Fact]
    public void Apply_Throws422_WhenResultHasAnUnknownElement()
    {
        Unprocessable("Patient.a/b", () => ApplyJson("""[{ "op": "add", "path": "/a~1b", "value": 1 }]"""));
    }

    [Fact]
    public void Apply_Throws422_WhenResultMakesAListASingleValue()
    {
        Unprocessable("Patient.name[0]", () => ApplyJson("""[{ "op": "replace", "path": "/name", "value": { "family": "Roe" } }]"""));
    }

    [Fact]
    public void Apply_NamesTheFailingOperation_WhenItIsTheThird()
    {
        var exception = Fails(HttpStatusCode.UnprocessableEntity, () => ApplyJson("""
            [{ "op": "replace", "path": "/birthDate", "value": "1970-12-31" },
             { "op": "remove", "path": "/telecom/0" },
             { "op": "remove", "path": "/photo" }]
            """));
        Assert.StartsWith("Patch operation [2] (remove '/photo')", exception.Message, StringComparison.Ordinal);
    }
}
