using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Medical.Data;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Tests.Modules.Medical.Mapping;

public sealed class MedicationMapperTests
{
    private const string Usage = MedicalTestCodes.Ig + "/StructureDefinition/medication-usage-context";

    [Fact]
    public void ToFhir_EmitsCodeAndUuidIdentifiersAndName_WhenRowIsLive()
    {
        var medication = MedicalTestCodes.Medications().ToFhir(MedicalTestCodes.Item());

        Assert.Equal(
            [("Code", "0001"), ("UUID", MedicalTestCodes.ItemUuid.ToLowerInvariant())],
            medication.Identifier.Select(i => (i.Type.Coding[0].Code, i.Value)));
        Assert.Equal(("ASPIRIN TABS 300MG", "1000 TABLETS", Medication.MedicationStatusCodes.Active),
            (medication.Code.Text, medication.Form.Text, medication.Status));
    }

    [Fact]
    public void ToFhir_EmitsQuantityAsAmountPerOnePackage_WhenRowHasQuantity()
    {
        var amount = MedicalTestCodes.Medications().ToFhir(MedicalTestCodes.Item()).Amount;

        Assert.Equal((1000m, 1m), (amount.Numerator.Value, amount.Denominator.Value));
    }

    [Fact]
    public void ToFhir_OmitsAmountAndForm_WhenRowHasNeither()
    {
        var row = MedicalTestCodes.Item();
        row.Quantity = null;
        row.Package = null;

        var medication = MedicalTestCodes.Medications().ToFhir(row);

        Assert.Equal((null, null), (medication.Amount, medication.Form));
    }

    [Fact]
    public void ToFhir_EmitsTypePriceFrequencyAndFixedLevel_WhenRowIsDrug()
    {
        var medication = MedicalTestCodes.Medications(Money.Currencies.TZS).ToFhir(MedicalTestCodes.Item());

        var price = (Money)medication.GetExtension(OpenImisIg.UnitPrice).Value;
        var timing = (Timing)medication.GetExtension(OpenImisIg.MedicationFrequency).Value;
        Assert.Equal((10.5m, Money.Currencies.TZS), (price.Value, price.Currency));
        Assert.Equal((1, 14m, Timing.UnitsOfTime.D), (timing.Repeat.Frequency, timing.Repeat.Period, timing.Repeat.PeriodUnit));
        Assert.Equal("D", ((CodeableConcept)medication.GetExtension(OpenImisIg.MedicationType).Value).Coding[0].Code);
        Assert.Equal("M", ((CodeableConcept)medication.GetExtension(OpenImisIg.MedicationLevel).Value).Coding[0].Code);
    }

    [Fact]
    public void ToFhir_EmitsLevelAsThePatternsCoding_WhenAnyRow()
    {
        var level = (CodeableConcept)MedicalTestCodes.Medications().ToFhir(MedicalTestCodes.Item()).GetExtension(OpenImisIg.MedicationLevel).Value;

        // The profile's pattern is a coding with a display; a text instead of the display fails validation.
        Assert.Equal([(OpenImisIg.MedicationLevelSystem, "M", "Medication")], level.Coding.Select(c => (c.System, c.Code, c.Display)));
        Assert.Null(level.Text);
    }

    [Theory]
    [InlineData((short)15, "male,female", "adult,child")]
    [InlineData((short)6, "female", "adult")]
    [InlineData((short)9, "male", "child")]
    [InlineData((short)3, "male,female", "")]
    public void ToFhir_EmitsGenderAndAgeFromPatientCategory_WhenBitsAreSet(short category, string genders, string ages)
    {
        var row = MedicalTestCodes.Item();
        row.PatientCategory = category;

        var usage = MedicalTestCodes.Medications().ToFhir(row).GetExtension(Usage);

        Assert.Equal((genders, ages), (Codes(usage, "Gender"), Codes(usage, "Age")));
    }

    [Theory]
    [InlineData("O", "AMB")]
    [InlineData("I", "IMP")]
    [InlineData("B", "AMB,IMP")]
    public void ToFhir_EmitsCareTypeAsVenue_WhenRowHasCareType(string careType, string venues)
    {
        var row = MedicalTestCodes.Item();
        row.CareType = careType;

        var usage = MedicalTestCodes.Medications().ToFhir(row).GetExtension(Usage);

        Assert.Equal(venues, Codes(usage, "CareType"));
    }

    [Theory]
    [InlineData((short)15)]
    [InlineData((short)6)]
    [InlineData((short)9)]
    [InlineData((short)10)]
    public void ToEntity_RoundTripsPatientCategory_WhenResourceCameFromToFhir(short category)
    {
        var source = MedicalTestCodes.Item();
        source.PatientCategory = category;
        var row = new MedicalItem();

        MedicalTestCodes.Medications().ToEntity(MedicalTestCodes.Medications().ToFhir(source), row);

        Assert.Equal(category, row.PatientCategory);
    }

    [Theory]
    [InlineData("O")]
    [InlineData("I")]
    [InlineData("B")]
    public void ToEntity_RoundTripsCareType_WhenResourceCameFromToFhir(string careType)
    {
        var source = MedicalTestCodes.Item();
        source.CareType = careType;
        var row = new MedicalItem();

        MedicalTestCodes.Medications().ToEntity(MedicalTestCodes.Medications().ToFhir(source), row);

        Assert.Equal(careType, row.CareType);
    }

    [Fact]
    public void ToEntity_WritesEveryMappedColumn_WhenResourceCameFromToFhir()
    {
        var row = new MedicalItem();

        MedicalTestCodes.Medications().ToEntity(MedicalTestCodes.Medications().ToFhir(MedicalTestCodes.Item()), row);

        Assert.Equal(
            ("0001", "ASPIRIN TABS 300MG", "D", "1000 TABLETS", (decimal?)1000m, 10.5m, (short?)14),
            (row.Code, row.Name, row.Type, row.Package, row.Quantity, row.Price, row.Frequency));
    }

    [Fact]
    public void ToEntity_MeansEveryone_WhenGenderAndAgeAreMissing()
    {
        var medication = MedicalTestCodes.Medications().ToFhir(MedicalTestCodes.Item());
        var usage = medication.GetExtension(Usage);
        usage.Extension.RemoveAll(e => e.Url is "Gender" or "Age");
        var row = new MedicalItem();

        MedicalTestCodes.Medications().ToEntity(medication, row);

        Assert.Equal((short)PatientCategories.Everyone, row.PatientCategory);
    }

    [Fact]
    public void ToEntity_Throws422_WhenCareTypeIsMissing()
    {
        var medication = MedicalTestCodes.Medications().ToFhir(MedicalTestCodes.Item());
        medication.GetExtension(Usage).Extension.RemoveAll(e => e.Url == "CareType");

        var ex = Assert.Throws<FhirException>(() => MedicalTestCodes.Medications().ToEntity(medication, new MedicalItem()));

        Assert.Equal(422, (int)ex.Status);
    }

    [Fact]
    public void ToEntity_Throws422_WhenAgeCodeStandsInGender()
    {
        var medication = MedicalTestCodes.Medications().ToFhir(MedicalTestCodes.Item());
        var gender = (UsageContext)medication.GetExtension(Usage).GetExtension("Gender").Value;
        gender.Value = new CodeableConcept(MedicalTestCodes.Ig + "/CodeSystem/usage-context-age-type", "adult");

        var ex = Assert.Throws<FhirException>(() => MedicalTestCodes.Medications().ToEntity(medication, new MedicalItem()));

        Assert.Equal(422, (int)ex.Status);
    }

    [Fact]
    public void ToEntity_Throws422_WhenDenominatorIsNotOne()
    {
        var medication = MedicalTestCodes.Medications().ToFhir(MedicalTestCodes.Item());
        medication.Amount.Denominator.Value = 10;

        var ex = Assert.Throws<FhirException>(() => MedicalTestCodes.Medications().ToEntity(medication, new MedicalItem()));

        Assert.Equal(422, (int)ex.Status);
    }

    [Fact]
    public void ToEntity_Throws422_WhenStatusIsInactive()
    {
        var medication = MedicalTestCodes.Medications().ToFhir(MedicalTestCodes.Item());
        medication.Status = Medication.MedicationStatusCodes.Inactive;

        var ex = Assert.Throws<FhirException>(() => MedicalTestCodes.Medications().ToEntity(medication, new MedicalItem()));

        Assert.Equal(422, (int)ex.Status);
    }

    private static string Codes(Extension usage, string part) =>
        usage.GetExtension(part)?.Value is UsageContext { Value: CodeableConcept concept }
            ? string.Join(",", concept.Coding.Select(c => c.Code))
            : string.Empty;
}
