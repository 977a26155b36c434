using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Medical.Data;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Medical.Mapping;

/// <summary>
/// Medical items (<c>tblItems</c>) ↔ openimis-medication; the column → element table is mappings/Medication.md.
/// </summary>
internal sealed class MedicationMapper(MedicalCodes codes, UsageContexts contexts, Money.Currencies? currency)
{
    public const string CodeElement = "Medication.identifier[Code].value";
    public const string UsageElement = "Medication.extension[useContext]";

    private const string Gender = "Gender";
    private const string Age = "Age";
    private const string CareType = "CareType";

    public Medication ToFhir(MedicalItem row)
    {
        var medication = new Medication
        {
            Identifier = IgIdentifiers.Of(row.Code, row),
            Code = new CodeableConcept { Text = row.Name },
            Status = Medication.MedicationStatusCodes.Active,
            Form = string.IsNullOrEmpty(row.Package) ? null : new CodeableConcept { Text = row.Package },
            Amount = row.Quantity is { } quantity
                ? new Ratio { Numerator = new Quantity { Value = quantity }, Denominator = new Quantity { Value = 1 } }
                : null,
        };
        medication.Extension.Add(UsageExtension(row));
        medication.Extension.Add(MedicalValues.UnitPrice(OpenImisIg.UnitPrice, row.Price, currency));
        if (MedicalValues.Timing(row.Frequency) is { } timing)
        {
            medication.Extension.Add(new Extension(OpenImisIg.MedicationFrequency, timing));
        }

        if (codes.ItemType.ToConcept(row.Type) is { } type)
        {
            medication.Extension.Add(new Extension(OpenImisIg.MedicationType, type));
        }

        // The guide fixes the level of every item to M, as a pattern with the display (not a text).
        medication.Extension.Add(new Extension(
            OpenImisIg.MedicationLevel, new CodeableConcept { Coding = [new Coding(OpenImisIg.MedicationLevelSystem, "M", "Medication")] }));
        return medication;
    }

    /// <summary>Writes the resource into the row; the code uniqueness check is the handler's (it needs the database).</summary>
    public void ToEntity(Medication resource, MedicalItem row)
    {
        if (resource.Status is not (null or Medication.MedicationStatusCodes.Active))
        {
            throw FhirException.Unprocessable(
                "Medication.status: openIMIS items are always active; delete the Medication to retire it.", "Medication.status");
        }

        row.Code = ColumnLimits.Required(IgIdentifiers.Find(resource.Identifier, IgIdentifiers.Code), MedicalColumns.CodeLength, CodeElement);
        row.Name = ColumnLimits.Required(resource.Code?.Text, MedicalColumns.NameLength, "Medication.code.text");
        row.Package = ColumnLimits.Fit(NullIfEmpty(resource.Form?.Text), MedicalColumns.PackageLength, "Medication.form.text");
        row.Quantity = Quantity(resource.Amount);
        row.Price = MedicalValues.Price(resource.GetExtension(OpenImisIg.UnitPrice), currency, "Medication.extension[unitPrice]");
        row.Frequency = MedicalValues.Frequency(
            ExtensionValues.Of<Timing>(resource, OpenImisIg.MedicationFrequency, "Medication.extension[timing]"), "Medication.extension[timing].valueTiming");
        row.Type = codes.ItemType.FromConcept(
            ExtensionValues.Of<CodeableConcept>(resource, OpenImisIg.MedicationType, "Medication.extension[type]"), "Medication.extension[type]")
            ?? throw FhirException.Unprocessable("Medication.extension[type] is required: openIMIS needs the item type.", "Medication.extension[type]");

        var usage = resource.Extension.Where(e => e.Url == OpenImisIg.MedicationUsageContext).ToList();
        if (usage.Count > 1)
        {
            throw FhirException.Unprocessable($"{UsageElement}: give one use context extension holding Gender, Age and CareType.", UsageElement);
        }

        row.PatientCategory = contexts.PatientCategory(
            Context(usage, Gender), Context(usage, Age), $"{UsageElement}.extension[{Gender}]", $"{UsageElement}.extension[{Age}]");
        row.CareType = contexts.CareType(Context(usage, CareType), $"{UsageElement}.extension[{CareType}]");
    }

    private Extension UsageExtension(MedicalItem row)
    {
        var extension = new Extension { Url = OpenImisIg.MedicationUsageContext };
        if (contexts.Gender(row.PatientCategory) is { } gender)
        {
            extension.Extension.Add(new Extension(Gender, gender));
        }

        if (contexts.Age(row.PatientCategory) is { } age)
        {
            extension.Extension.Add(new Extension(Age, age));
        }

        extension.Extension.Add(new Extension(CareType, contexts.Venue(row.CareType)));
        return extension;
    }

    private static UsageContext? Context(List<Extension> usage, string name)
    {
        var value = usage.FirstOrDefault()?.GetExtension(name)?.Value;
        return value is null or UsageContext
            ? (UsageContext?)value
            : throw FhirException.Unprocessable($"{UsageElement}.extension[{name}] must hold a valueUsageContext.", UsageElement);
    }

    private static decimal? Quantity(Ratio? amount)
    {
        const string element = "Medication.amount";
        if (amount is null)
        {
            return null;
        }

        if (amount.Denominator?.Value is { } denominator && denominator != 1)
        {
            throw FhirException.Unprocessable($"{element}.denominator.value: the amount is per one package (1), not {denominator}.", element);
        }

        return amount.Numerator?.Value is { } numerator
            ? MedicalValues.Numeric(numerator, $"{element}.numerator.value")
            : null;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
