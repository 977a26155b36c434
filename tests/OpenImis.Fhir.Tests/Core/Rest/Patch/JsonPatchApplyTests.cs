using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.Core.Rest.Patch;
using static OpenImis.Fhir.Tests.Core.Rest.Patch.PatchFixtures;

namespace OpenImis.Fhir.Tests.Core.Rest.Patch;

public sealed class JsonPatchApplyTests
{
    [Fact]
    public void Apply_AppendsTelecom_WhenAddPathEndsWithDash()
    {
        var patient = ApplyJson("""[{ "op": "add", "path": "/telecom/-", "value": { "system": "sms", "value": "+255 700 000 002" } }]""");
        Assert.Equal(ContactPoint.ContactPointSystem.Sms, patient.Telecom[2].System);
    }

    [Fact]
    public void Apply_InsertsName_WhenAddPathHasAnIndex()
    {
        var patient = ApplyJson("""[{ "op": "add", "path": "/name/0", "value": { "family": "Smith" } }]""");
        Assert.Equal(["Smith", "Doe"], patient.Name.Select(n => n.Family));
    }

    [Fact]
    public void Apply_SetsActive_WhenAddNamesAnAbsentMember()
    {
        var patient = ApplyJson("""[{ "op": "add", "path": "/active", "value": true }]""");
        Assert.True(patient.Active);
    }

    [Fact]
    public void Apply_AddsExtension_WhenValueIsAnExtensionWithValueString()
    {
        var patient = ApplyJson("""[{ "op": "add", "path": "/extension/-", "value": { "url": "https://example.org/x", "valueString": "x" } }]""");
        Assert.Equal("x", patient.GetStringExtension("https://example.org/x"));
    }

    [Fact]
    public void Apply_RemovesTelecom_WhenRemoveNamesAnArrayItem()
    {
        var patient = ApplyJson("""[{ "op": "remove", "path": "/telecom/0" }]""");
        Assert.Equal([ContactPoint.ContactPointSystem.Email], patient.Telecom.Select(t => t.System));
    }

    [Fact]
    public void Apply_RemovesBirthDate_WhenRemoveNamesAMember()
    {
        var patient = ApplyJson("""[{ "op": "remove", "path": "/birthDate" }]""");
        Assert.Null(patient.BirthDate);
    }

    [Fact]
    public void Apply_DropsTheList_WhenRemoveTakesItsLastItem()
    {
        var patient = ApplyJson("""[{ "op": "remove", "path": "/contact/0/telecom/0" }]""");
        Assert.Empty(patient.Contact[0].Telecom);
    }

    [Fact]
    public void Apply_DropsEmptiedElements_WhenRemoveTakesTheirLastMembers()
    {
        var patient = ApplyJson("""[{ "op": "remove", "path": "/contact/0/name" }, { "op": "remove", "path": "/contact/0/telecom" }]""");
        Assert.Empty(patient.Contact);
    }

    [Fact]
    public void Apply_ReplacesBirthDate_WhenReplaceNamesAMember()
    {
        var patient = ApplyJson("""[{ "op": "replace", "path": "/birthDate", "value": "1970-12-31" }]""");
        Assert.Equal("1970-12-31", patient.BirthDate);
    }

    [Fact]
    public void Apply_ReplacesContactFamily_WhenPathGoesIntoABackboneElement()
    {
        var patient = ApplyJson("""[{ "op": "replace", "path": "/contact/0/name/family", "value": "Roe" }]""");
        Assert.Equal("Roe", patient.Contact[0].Name.Family);
    }

    [Fact]
    public void Apply_ReplacesExtensionValue_WhenPathNamesValueString()
    {
        var patient = ApplyJson("""[{ "op": "replace", "path": "/extension/0/valueString", "value": "Jo" }]""");
        Assert.Equal("Jo", patient.GetStringExtension(NicknameUrl));
    }

    [Fact]
    public void Apply_ReordersGivenNames_WhenMoveIsWithinAnArray()
    {
        var patient = ApplyJson("""[{ "op": "move", "from": "/name/0/given/1", "path": "/name/0/given/0" }]""");
        Assert.Equal(["Peter", "John"], patient.Name[0].Given);
    }

    [Fact]
    public void Apply_MovesTelecomIntoContact_WhenMoveCrossesElements()
    {
        var patient = ApplyJson("""[{ "op": "move", "from": "/telecom/1", "path": "/contact/0/telecom/-" }]""");
        Assert.Equal((1, 2), (patient.Telecom.Count, patient.Contact[0].Telecom.Count));
    }

    [Fact]
    public void Apply_CopiesName_WhenCopyNamesAnObject()
    {
        var patient = ApplyJson("""[{ "op": "copy", "from": "/contact/0/name", "path": "/name/-" }]""");
        Assert.Equal(["Doe", "Doe"], patient.Name.Select(n => n.Family));
    }

    [Fact]
    public void Apply_GoesOn_WhenTestMatches()
    {
        var patient = ApplyJson("""
            [{ "op": "test", "path": "/name/0", "value": { "given": ["John", "Peter"], "family": "Doe", "use": "official" } },
             { "op": "replace", "path": "/gender", "value": "female" }]
            """);
        Assert.Equal(AdministrativeGender.Female, patient.Gender);
    }

    [Fact]
    public void Apply_KeepsTheResource_WhenDocumentHasNoOperations()
    {
        Assert.Equal(Json(Patient()), Json(ApplyJson("[]")));
    }

    [Fact]
    public void Apply_LeavesCurrentUnchanged_WhenPatchSucceeds()
    {
        var current = Patient();
        PatchDocument.FromJsonPatch("""[{ "op": "remove", "path": "/name" }]""").Apply(current);
        Assert.Equal(Json(Patient()), Json(current));
    }

    [Fact]
    public void Apply_LeavesCurrentUnchanged_WhenThirdOperationFails()
    {
        var current = Patient();
        var patch = PatchDocument.FromJsonPatch("""
            [{ "op": "replace", "path": "/birthDate", "value": "1970-12-31" },
             { "op": "remove", "path": "/telecom/0" },
             { "op": "remove", "path": "/photo" }]
            """);
        Fails(HttpStatusCode.UnprocessableEntity, () => patch.Apply(current));
        Assert.Equal(Json(Patient()), Json(current));
    }

    [Fact]
    public void Apply_GivesAResourceThatRoundTrips_WhenPatchSucceeds()
    {
        var patient = ApplyJson("""[{ "op": "add", "path": "/contact/0/telecom/-", "value": { "system": "email", "value": "jane@example.org" } }]""");
        var reparsed = new FhirJsonDeserializer().Deserialize<Patient>(new FhirJsonSerializer().SerializeToString(patient));
        Assert.True(reparsed.IsExactly(patient));
    }
}
