using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using static OpenImis.Fhir.Tests.Core.Rest.Patch.PatchFixtures;

namespace OpenImis.Fhir.Tests.Core.Rest.Patch;

public sealed class FhirPathPatchApplyTests
{
    [Fact]
    public void Apply_AppendsTelecom_WhenAddTargetsTheResource()
    {
        var patient = ApplyFhirPath(Operation("add", "Patient", Part("name", new FhirString("telecom")),
            Part("value", new ContactPoint(ContactPoint.ContactPointSystem.Sms, null, "+255 700 000 002"))));
        Assert.Equal(ContactPoint.ContactPointSystem.Sms, patient.Telecom[2].System);
    }

    [Fact]
    public void Apply_SetsActive_WhenAddNamesAnEmptyElement()
    {
        var patient = ApplyFhirPath(Operation("add", "Patient", Part("name", new FhirString("active")), Part("value", new FhirBoolean(true))));
        Assert.True(patient.Active);
    }

    [Fact]
    public void Apply_AppendsGivenName_WhenAddTargetsAName()
    {
        var patient = ApplyFhirPath(Operation("add", "Patient.name[0]", Part("name", new FhirString("given")), Part("value", new FhirString("Paul"))));
        Assert.Equal(["John", "Peter", "Paul"], patient.Name[0].Given);
    }

    [Fact]
    public void Apply_AddsExtension_WhenValueIsGivenAsParts()
    {
        var patient = ApplyFhirPath(Operation("add", "Patient", Part("name", new FhirString("extension")),
            Part("value", Part("url", new FhirUri("https://example.org/x")), Part("value", new FhirString("x")))));
        Assert.Equal("x", patient.GetStringExtension("https://example.org/x"));
    }

    [Fact]
    public void Apply_AddsContact_WhenBackboneElementIsGivenAsParts()
    {
        var patient = ApplyFhirPath(Operation("add", "Patient", Part("name", new FhirString("contact")),
            Part("value", Part("name", new HumanName { Family = "Roe" }), Part("gender", new Code("female")))));
        Assert.Equal(("Roe", AdministrativeGender.Female), (patient.Contact[1].Name.Family, patient.Contact[1].Gender));
    }

    [Fact]
    public void Apply_AddsExtensionToBirthDate_WhenAddTargetsAPrimitive()
    {
        var patient = ApplyFhirPath(Operation("add", "Patient.birthDate", Part("name", new FhirString("extension")),
            Part("value", Part("url", new FhirUri("https://example.org/estimated")), Part("value", new FhirBoolean(true)))));
        Assert.Equal("https://example.org/estimated", patient.BirthDateElement.Extension.Single().Url);
    }

    [Fact]
    public void Apply_AddsContainedResource_WhenValueIsAResource()
    {
        var patient = ApplyFhirPath(Operation("add", "Patient", Part("name", new FhirString("contained")),
            new Parameters.ParameterComponent { Name = "value", Resource = new Organization { Id = "org", Name = "Clinic" } }));
        Assert.Equal("Clinic", Assert.IsType<Organization>(patient.Contained.Single()).Name);
    }

    [Fact]
    public void Apply_InsertsTelecomFirst_WhenInsertIndexIsZero()
    {
        var patient = ApplyFhirPath(Operation("insert", "Patient.telecom", Part("value", new ContactPoint { Value = "x" }), Part("index", new Integer(0))));
        Assert.Equal(["x", "+255 700 000 000", "john.doe@example.org"], patient.Telecom.Select(t => t.Value));
    }

    [Fact]
    public void Apply_StartsAList_WhenInsertTargetsAnAbsentList()
    {
        var patient = ApplyFhirPath(Operation("insert", "Patient.identifier", Part("value", new Identifier("urn:x", "1")), Part("index", new Integer(0))));
        Assert.Equal("1", patient.Identifier.Single().Value);
    }

    [Fact]
    public void Apply_InsertsGivenName_WhenListIsInsideABackboneElement()
    {
        var patient = ApplyFhirPath(Operation("insert", "Patient.contact[0].name.given", Part("value", new FhirString("Ann")), Part("index", new Integer(1))));
        Assert.Equal(["Jane", "Ann"], patient.Contact[0].Name.Given);
    }

    [Fact]
    public void Apply_DeletesTelecom_WhenPathSelectsOne()
    {
        var patient = ApplyFhirPath(Operation("delete", "Patient.telecom.where(system = 'phone')"));
        Assert.Equal([ContactPoint.ContactPointSystem.Email], patient.Telecom.Select(t => t.System));
    }

    [Fact]
    public void Apply_DeletesBirthDate_WhenPathSelectsIt()
    {
        Assert.Null(ApplyFhirPath(Operation("delete", "Patient.birthDate")).BirthDate);
    }

    [Fact]
    public void Apply_DeletesExtension_WhenPathFiltersByUrl()
    {
        Assert.Empty(ApplyFhirPath(Operation("delete", $"Patient.extension('{NicknameUrl}')")).Extension);
    }

    [Fact]
    public void Apply_ChangesNothing_WhenDeleteMatchesNothing()
    {
        Assert.Equal(Json(Patient()), Json(ApplyFhirPath(Operation("delete", "Patient.photo"))));
    }

    [Fact]
    public void Apply_ReplacesBirthDate_WhenValueIsADate()
    {
        Assert.Equal("1970-12-31", ApplyFhirPath(Operation("replace", "Patient.birthDate", Part("value", new Date("1970-12-31")))).BirthDate);
    }

    [Fact]
    public void Apply_ReplacesContactFamily_WhenPathGoesIntoABackboneElement()
    {
        var patient = ApplyFhirPath(Operation("replace", "Patient.contact[0].name.family", Part("value", new FhirString("Roe"))));
        Assert.Equal("Roe", patient.Contact[0].Name.Family);
    }

    [Fact]
    public void Apply_ReplacesExtensionValue_WhenValueIsAString()
    {
        var patient = ApplyFhirPath(Operation("replace", $"Patient.extension.where(url = '{NicknameUrl}').value", Part("value", new FhirString("Jo"))));
        Assert.Equal("Jo", patient.GetStringExtension(NicknameUrl));
    }

    [Fact]
    public void Apply_ReplacesGender_WhenValueIsACode()
    {
        Assert.Equal(AdministrativeGender.Female, ApplyFhirPath(Operation("replace", "Patient.gender", Part("value", new Code("female")))).Gender);
    }

    [Fact]
    public void Apply_ReplacesAName_WhenValueIsAHumanName()
    {
        var patient = ApplyFhirPath(Operation("replace", "Patient.name[0]", Part("value", new HumanName { Family = "Roe" })));
        Assert.Equal(["Roe"], patient.Name.Select(n => n.Family));
    }

    [Fact]
    public void Apply_ReplacesGivenName_WhenPathSelectsOneItemOfAList()
    {
        var patient = ApplyFhirPath(Operation("replace", "Patient.name.given[1]", Part("value", new FhirString("Paul"))));
        Assert.Equal(["John", "Paul"], patient.Name[0].Given);
    }

    [Fact]
    public void Apply_MovesTelecom_WhenSourceAndDestinationAreInTheList()
    {
        var patient = ApplyFhirPath(Operation("move", "Patient.telecom", Part("source", new Integer(1)), Part("destination", new Integer(0))));
        Assert.Equal([ContactPoint.ContactPointSystem.Email, ContactPoint.ContactPointSystem.Phone], patient.Telecom.Select(t => t.System));
    }

    [Fact]
    public void Apply_AppliesOperationsInOrder_WhenThereAreSeveral()
    {
        var patient = ApplyFhirPath(
            Operation("add", "Patient.name[0]", Part("name", new FhirString("given")), Part("value", new FhirString("Paul"))),
            Operation("move", "Patient.name[0].given", Part("source", new Integer(2)), Part("destination", new Integer(0))),
            Operation("delete", "Patient.name[0].given[2]"));
        Assert.Equal(["Paul", "John"], patient.Name[0].Given);
    }

    [Fact]
    public void Apply_LeavesCurrentUnchanged_WhenPatchSucceeds()
    {
        var current = Patient();
        FhirPath(Operation("delete", "Patient.birthDate")).Apply(current);
        Assert.Equal(Json(Patient()), Json(current));
    }

    [Fact]
    public void Apply_LeavesCurrentUnchanged_WhenThirdOperationFails()
    {
        var current = Patient();
        var patch = FhirPath(
            Operation("replace", "Patient.birthDate", Part("value", new Date("1970-12-31"))),
            Operation("delete", "Patient.telecom[0]"),
            Operation("replace", "Patient.photo", Part("value", new Attachment { Title = "x" })));
        Fails(HttpStatusCode.UnprocessableEntity, () => patch.Apply(current));
        Assert.Equal(Json(Patient()), Json(current));
    }

    [Fact]
    public void Apply_GivesAResourceThatRoundTrips_WhenPatchSucceeds()
    {
        var patient = ApplyFhirPath(Operation("add", "Patient.contact[0]", Part("name", new FhirString("telecom")), Part("value", new ContactPoint { Value = "x" })));
        var reparsed = new FhirJsonDeserializer().Deserialize<Patient>(new FhirJsonSerializer().SerializeToString(patient));
        Assert.True(reparsed.IsExactly(patient));
    }
}
