using System.Net;
using Hl7.Fhir.Model;
using static OpenImis.Fhir.Tests.Core.Rest.Patch.PatchFixtures;

namespace OpenImis.Fhir.Tests.Core.Rest.Patch;

public sealed class FhirPathPatchErrorTests
{
    private static void BadRequest(params Parameters.ParameterComponent[] operations) =>
        Fails(HttpStatusCode.BadRequest, () => FhirPath(operations));

    [Fact]
    public void FromParameters_Throws400_WhenAParameterIsNotAnOperation()
    {
        BadRequest(new Parameters.ParameterComponent { Name = "resource", Value = new FhirString("x") });
    }

    [Fact]
    public void FromParameters_Throws400_WhenAnOperationHasAValue()
    {
        BadRequest(new Parameters.ParameterComponent { Name = "operation", Value = new FhirString("x") });
    }

    [Fact]
    public void FromParameters_Throws400_WhenTypeIsUnknown()
    {
        BadRequest(Operation("remove", "Patient.birthDate"));
    }

    [Fact]
    public void FromParameters_Throws400_WhenTypeIsMissing()
    {
        BadRequest(new Parameters.ParameterComponent { Name = "operation", Part = [Part("path", new FhirString("Patient.birthDate"))] });
    }

    [Fact]
    public void FromParameters_Throws400_WhenPathIsMissing()
    {
        BadRequest(new Parameters.ParameterComponent { Name = "operation", Part = [Part("type", new Code("delete"))] });
    }

    [Theory]
    [InlineData("Patient.name[")]
    [InlineData("Patient.name.nosuchfunction()")]
    [InlineData("")]
    public void FromParameters_Throws400_WhenPathIsNoFhirPath(string path)
    {
        BadRequest(Operation("delete", path));
    }

    [Fact]
    public void FromParameters_Throws400_WhenAPartIsNotForTheType()
    {
        BadRequest(Operation("replace", "Patient.birthDate", Part("value", new Date("1970")), Part("index", new Integer(0))));
    }

    [Fact]
    public void FromParameters_Throws400_WhenAPartIsRepeated()
    {
        BadRequest(Operation("replace", "Patient.birthDate", Part("value", new Date("1970")), Part("value", new Date("1971"))));
    }

    [Fact]
    public void FromParameters_Throws400_WhenAddHasNoName()
    {
        BadRequest(Operation("add", "Patient", Part("value", new FhirBoolean(true))));
    }

    [Fact]
    public void FromParameters_Throws400_WhenReplaceHasNoValue()
    {
        BadRequest(Operation("replace", "Patient.birthDate"));
    }

    [Fact]
    public void FromParameters_Throws400_WhenValueHoldsNothing()
    {
        BadRequest(Operation("replace", "Patient.birthDate", new Parameters.ParameterComponent { Name = "value" }));
    }

    [Fact]
    public void FromParameters_Throws400_WhenANestedValuePartHoldsNothing()
    {
        BadRequest(Operation("replace", "Patient.contact[0]", Part("value", new Parameters.ParameterComponent { Name = "name" })));
    }

    [Fact]
    public void FromParameters_Throws400_WhenIndexIsNegative()
    {
        BadRequest(Operation("insert", "Patient.telecom", Part("value", new ContactPoint { Value = "x" }), Part("index", new Integer(-1))));
    }

    [Fact]
    public void FromParameters_Throws400_WhenIndexIsNoInteger()
    {
        BadRequest(Operation("insert", "Patient.telecom", Part("value", new ContactPoint { Value = "x" }), Part("index", new FhirString("0"))));
    }

    [Fact]
    public void FromParameters_Throws400_WhenInsertPathDoesNotEndWithTheList()
    {
        BadRequest(Operation("insert", "Patient.telecom.first()", Part("value", new ContactPoint { Value = "x" }), Part("index", new Integer(0))));
    }

    [Fact]
    public void FromParameters_NamesTheParameter_WhenOneIsMalformed()
    {
        var exception = Fails(HttpStatusCode.BadRequest, () => FhirPath(Operation("delete", "Patient.photo"), Operation("replace", "Patient.birthDate")));
        Assert.Equal("Parameters.parameter[1]", exception.Outcome.Issue.Single().Expression.Single());
    }

    [Fact]
    public void Apply_Throws422_WhenReplaceMatchesNothing()
    {
        Unprocessable("Patient.photo", () => ApplyFhirPath(Operation("replace", "Patient.photo", Part("value", new Attachment { Title = "x" }))));
    }

    [Fact]
    public void Apply_Throws422_WhenReplaceMatchesSeveral()
    {
        Unprocessable("Patient.telecom", () => ApplyFhirPath(Operation("replace", "Patient.telecom", Part("value", new ContactPoint { Value = "x" }))));
    }

    [Fact]
    public void Apply_Throws422_WhenDeleteMatchesSeveral()
    {
        Unprocessable("Patient.name.given", () => ApplyFhirPath(Operation("delete", "Patient.name.given")));
    }

    [Fact]
    public void Apply_Throws422_WhenAddNamesAnElementThatHasAValue()
    {
        Unprocessable("Patient", () => ApplyFhirPath(Operation("add", "Patient", Part("name", new FhirString("birthDate")), Part("value", new Date("1970")))));
    }

    [Fact]
    public void Apply_Throws422_WhenAddNamesAnUnknownElement()
    {
        Unprocessable("Patient", () => ApplyFhirPath(Operation("add", "Patient", Part("name", new FhirString("nickname")), Part("value", new FhirString("x")))));
    }

    [Fact]
    public void Apply_Throws422_WhenAddTargetMatchesNothing()
    {
        Unprocessable("Patient.photo", () => ApplyFhirPath(Operation("add", "Patient.photo", Part("name", new FhirString("title")), Part("value", new FhirString("x")))));
    }

    [Fact]
    public void Apply_Throws422_WhenValueTypeDoesNotFit()
    {
        Unprocessable("Patient.birthDate", () => ApplyFhirPath(Operation("replace", "Patient.birthDate", Part("value", new Integer(1970)))));
    }

    [Fact]
    public void Apply_Throws422_WhenValueTypeIsNotAChoiceOfTheElement()
    {
        Unprocessable("Patient", () => ApplyFhirPath(Operation("add", "Patient", Part("name", new FhirString("deceased")), Part("value", new FhirString("yes")))));
    }

    [Fact]
    public void Apply_Throws422_WhenAValuePartNamesAnUnknownElement()
    {
        Unprocessable("Patient", () => ApplyFhirPath(Operation("add", "Patient", Part("name", new FhirString("contact")),
            Part("value", Part("nickname", new FhirString("x"))))));
    }

    [Fact]
    public void Apply_Throws422_WhenValuePartsBuildAChoiceElement()
    {
        Unprocessable("Patient", () => ApplyFhirPath(Operation("add", "Patient", Part("name", new FhirString("deceased")),
            Part("value", Part("value", new FhirBoolean(true))))));
    }

    [Fact]
    public void Apply_Throws422_WhenInsertIndexIsPastTheEnd()
    {
        Unprocessable("Patient.telecom", () => ApplyFhirPath(Operation("insert", "Patient.telecom", Part("value", new ContactPoint { Value = "x" }), Part("index", new Integer(3)))));
    }

    [Fact]
    public void Apply_Throws422_WhenInsertTargetIsNotAList()
    {
        Unprocessable("Patient.birthDate", () => ApplyFhirPath(Operation("insert", "Patient.birthDate", Part("value", new Date("1970")), Part("index", new Integer(0)))));
    }

    [Fact]
    public void Apply_Throws422_WhenMoveSourceIsPastTheEnd()
    {
        Unprocessable("Patient.telecom", () => ApplyFhirPath(Operation("move", "Patient.telecom", Part("source", new Integer(2)), Part("destination", new Integer(0)))));
    }

    [Fact]
    public void Apply_Throws422_WhenIdChanges()
    {
        Unprocessable("Patient.id", () => ApplyFhirPath(Operation("replace", "Patient.id", Part("value", new Id("another")))));
    }

    [Fact]
    public void Apply_Throws422_WhenIdIsDeleted()
    {
        Unprocessable("Patient.id", () => ApplyFhirPath(Operation("delete", "Patient.id")));
    }

    [Fact]
    public void Apply_Throws422_WhenReplaceTargetsTheResourceItself()
    {
        Unprocessable("Patient", () => ApplyFhirPath(Operation("replace", "Patient", Part("value", new HumanName()))));
    }

    [Fact]
    public void Apply_Throws422_WhenPathSelectsAComputedValue()
    {
        Unprocessable("Patient.name.family + 'x'", () => ApplyFhirPath(Operation("replace", "Patient.name.family + 'x'", Part("value", new FhirString("y")))));
    }

    [Fact]
    public void Apply_Throws422_WhenPathCannotBeEvaluated()
    {
        Unprocessable("Patient.telecom.single()", () => ApplyFhirPath(Operation("delete", "Patient.telecom.single()")));
    }

    [Fact]
    public void Apply_Throws422_WhenResultIsNotValidFhir()
    {
        Unprocessable("Patient.gender", () => ApplyFhirPath(Operation("replace", "Patient.gender", Part("value", new Code("robot")))));
    }

    [Fact]
    public void Apply_NamesTheFailingOperation_WhenItIsTheThird()
    {
        var exception = Fails(HttpStatusCode.UnprocessableEntity, () => ApplyFhirPath(
            Operation("delete", "Patient.birthDate"),
            Operation("delete", "Patient.photo"),
            Operation("replace", "Patient.photo", Part("value", new Attachment { Title = "x" }))));
        Assert.StartsWith("Patch operation [2] (replace 'Patient.photo')", exception.Message, StringComparison.Ordinal);
    }
}
