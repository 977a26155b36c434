using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Medical.Data;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Tests.Modules.Medical.Mapping;

public sealed class ActivityDefinitionMapperTests
{
    [Fact]
    public void ToFhir_EmitsCodeAsIdentifierAndNameAndNameAsTitle_WhenRowIsLive()
    {
        var definition = MedicalTestCodes.ActivityDefinitions().ToFhir(MedicalTestCodes.Service());

        Assert.Equal(
            [("Code", "A1"), ("UUID", MedicalTestCodes.ServiceUuid.ToLowerInvariant())],
            definition.Identifier.Select(i => (i.Type.Coding[0].Code, i.Value)));
        Assert.Equal(("A1", "General Consultation"), (definition.Name, definition.Title));
    }

    [Fact]
    public void ToFhir_EmitsFixedStatusAndKind_WhenAnyRow()
    {
        var definition = MedicalTestCodes.ActivityDefinitions().ToFhir(MedicalTestCodes.Service());

        Assert.Equal((PublicationStatus.Active, ActivityDefinition.RequestResourceType.ServiceRequest), (definition.Status, definition.Kind));
    }

    [Fact]
    public void ToFhir_EmitsTypeLevelPriceAndTiming_WhenRowHasThem()
    {
        var definition = MedicalTestCodes.ActivityDefinitions().ToFhir(MedicalTestCodes.Service());

        Assert.Equal("P", definition.Topic.Single().Coding[0].Code);
        Assert.Equal("S", ((CodeableConcept)definition.GetExtension(OpenImisIg.ActivityDefinitionLevel).Value).Coding[0].Code);
        Assert.Equal(40m, ((Money)definition.GetExtension(OpenImisIg.UnitPrice).Value).Value);
        Assert.Equal(30m, ((Timing)definition.Timing).Repeat.Period);
    }

    [Theory]
    [InlineData((short)15, "male,female", "adult,child")]
    [InlineData((short)6, "female", "adult")]
    [InlineData((short)9, "male", "child")]
    [InlineData((short)12, "", "adult,child")]
    public void ToFhir_EmitsGenderAndAgeUseContexts_WhenBitsAreSet(short category, string genders, string ages)
    {
        var row = MedicalTestCodes.Service();
        row.PatientCategory = category;

        var definition = MedicalTestCodes.ActivityDefinitions().ToFhir(row);

        Assert.Equal((genders, ages), (Codes(definition, "gender"), Codes(definition, "age")));
    }

    [Theory]
    [InlineData("O", "AMB")]
    [InlineData("I", "IMP")]
    [InlineData("B", "AMB,IMP")]
    public void ToFhir_EmitsCareTypeAsVenue_WhenRowHasCareType(string careType, string venues)
    {
        var row = MedicalTestCodes.Service();
        row.CareType = careType;

        Assert.Equal(venues, Codes(MedicalTestCodes.ActivityDefinitions().ToFhir(row), "venue"));
    }

    [Theory]
    [InlineData("C", "C")]
    [InlineData("H", "")]
    [InlineData("V", "")]
    public void ToFhir_EmitsCategoryAsWorkflow_WhenTheGuideHasItsCode(string category, string workflow)
    {
        var row = MedicalTestCodes.Service();
        row.Category = category;

        Assert.Equal(workflow, Codes(MedicalTestCodes.ActivityDefinitions().ToFhir(row), "workflow"));
    }

    [Theory]
    [InlineData((short)15, "O")]
    [InlineData((short)6, "I")]
    [InlineData((short)9, "B")]
    [InlineData((short)5, "B")]
    public void ToEntity_RoundTripsPatientCategoryAndCareType_WhenResourceCameFromToFhir(short category, string careType)
    {
        var source = MedicalTestCodes.Service();
        source.PatientCategory = category;
        source.CareType = careType;
        var row = new MedicalService();

        MedicalTestCodes.ActivityDefinitions().ToEntity(MedicalTestCodes.ActivityDefinitions().ToFhir(source), row);

        Assert.Equal((category, careType), (row.PatientCategory, row.CareType));
    }

    [Fact]
    public void ToEntity_WritesEveryMappedColumnAndSingleServicePackage_WhenResourceCameFromToFhir()
    {
        var row = new MedicalService();

        MedicalTestCodes.ActivityDefinitions().ToEntity(MedicalTestCodes.ActivityDefinitions().ToFhir(MedicalTestCodes.Service()), row);

        Assert.Equal(
            ("A1", "General Consultation", "P", "S", "C", 40m, (short?)30, "S"),
            (row.Code, row.Name, row.Type, row.Level, row.Category, row.Price, row.Frequency, row.PackageType));
    }

    [Theory]
    [InlineData("H")]
    [InlineData("V")]
    public void ToEntity_KeepsStoredCategory_WhenTheGuideCannotExpressIt(string stored)
    {
        var source = MedicalTestCodes.Service();
        source.Category = stored;
        var row = MedicalTestCodes.Service();
        row.Category = stored;

        MedicalTestCodes.ActivityDefinitions().ToEntity(MedicalTestCodes.ActivityDefinitions().ToFhir(source), row);

        Assert.Equal(stored, row.Category);
    }

    [Fact]
    public void ToEntity_ClearsCategory_WhenWorkflowIsRemoved()
    {
        var definition = MedicalTestCodes.ActivityDefinitions().ToFhir(MedicalTestCodes.Service());
        definition.UseContext.RemoveAll(c => c.Code.Code == "workflow");
        var row = MedicalTestCodes.Service();

        MedicalTestCodes.ActivityDefinitions().ToEntity(definition, row);

        Assert.Null(row.Category);
    }

    [Fact]
    public void ToEntity_TakesCodeFromName_WhenIdentifierIsMissing()
    {
        var definition = MedicalTestCodes.ActivityDefinitions().ToFhir(MedicalTestCodes.Service());
        definition.Identifier.Clear();
        var row = new MedicalService();

        MedicalTestCodes.ActivityDefinitions().ToEntity(definition, row);

        Assert.Equal("A1", row.Code);
    }

    [Fact]
    public void ToEntity_Throws422_WhenNameDiffersFromCodeIdentifier()
    {
        var definition = MedicalTestCodes.ActivityDefinitions().ToFhir(MedicalTestCodes.Service());
        definition.Name = "B2";

        var ex = Assert.Throws<FhirException>(() => MedicalTestCodes.ActivityDefinitions().ToEntity(definition, new MedicalService()));

        Assert.Equal(422, (int)ex.Status);
    }

    [Fact]
    public void ToEntity_Throws422_WhenTopicIsMissing()
    {
        var definition = MedicalTestCodes.ActivityDefinitions().ToFhir(MedicalTestCodes.Service());
        definition.Topic.Clear();

        var ex = Assert.Throws<FhirException>(() => MedicalTestCodes.ActivityDefinitions().ToEntity(definition, new MedicalService()));

        Assert.Equal(422, (int)ex.Status);
    }

    [Fact]
    public void ToEntity_Throws422_WhenVenueIsMissing()
    {
        var definition = MedicalTestCodes.ActivityDefinitions().ToFhir(MedicalTestCodes.Service());
        definition.UseContext.RemoveAll(c => c.Code.Code == "venue");

        var ex = Assert.Throws<FhirException>(() => MedicalTestCodes.ActivityDefinitions().ToEntity(definition, new MedicalService()));

        Assert.Equal(422, (int)ex.Status);
    }

    private static string Codes(ActivityDefinition definition, string type) =>
        definition.UseContext.FirstOrDefault(c => c.Code.Code == type)?.Value is CodeableConcept concept
            ? string.Join(",", concept.Coding.Select(c => c.Code))
            : string.Empty;
}
