using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Medical.Data;

namespace OpenImis.Fhir.Modules.Medical.Mapping;

/// <summary>
/// The use contexts of items and services: gender and age from the patient category bits, the clinical venue from the
/// care type. Both mappings (Medication's extension, ActivityDefinition.useContext) share them.
/// </summary>
internal sealed class UsageContexts(MedicalCodes codes)
{
    public const string TypeSystem = "http://terminology.hl7.org/CodeSystem/usage-context-type";
    public const string GenderCode = "gender";
    public const string AgeCode = "age";
    public const string VenueCode = "venue";
    public const string WorkflowCode = "workflow";

    private const string BothCareTypes = "B";
    private const string OutPatient = "O";
    private const string InPatient = "I";

    private static readonly PatientCategories[] GenderBits = [PatientCategories.Male, PatientCategories.Female];
    private static readonly PatientCategories[] AgeBits = [PatientCategories.Adult, PatientCategories.Child];

    public static Coding TypeCoding(string code) => code switch
    {
        GenderCode => new Coding(TypeSystem, GenderCode, "Gender"),
        AgeCode => new Coding(TypeSystem, AgeCode, "Age Range"),
        WorkflowCode => new Coding(TypeSystem, WorkflowCode, "Workflow Setting"),
        _ => new Coding(TypeSystem, VenueCode, "Clinical Venue"),
    };

    /// <summary>The Gender use context, or null when no gender bit is set.</summary>
    public UsageContext? Gender(short patientCategory) => FromBits(patientCategory, GenderBits, GenderCode);

    /// <summary>The Age use context, or null when no age bit is set.</summary>
    public UsageContext? Age(short patientCategory) => FromBits(patientCategory, AgeBits, AgeCode);

    /// <summary>The clinical venue: O is AMB, I is IMP, B both codes.</summary>
    public UsageContext Venue(string careType)
    {
        var concept = new CodeableConcept();
        foreach (var code in careType == BothCareTypes ? [OutPatient, InPatient] : new[] { careType })
        {
            if (codes.CareType.Translate(code) is { } coding)
            {
                concept.Coding.Add(coding);
            }
        }

        return new UsageContext { Code = TypeCoding(VenueCode), Value = concept };
    }

    /// <summary>
    /// The patient category bits from the Gender and Age use contexts; a missing one is no restriction (both bits of
    /// its kind), as openIMIS's default category 15 is everyone.
    /// </summary>
    public short PatientCategory(UsageContext? gender, UsageContext? age, string genderElement, string ageElement) =>
        (short)(ToBits(gender, GenderBits, genderElement) | ToBits(age, AgeBits, ageElement));

    /// <summary>The care type from the clinical venue: AMB is O, IMP is I, both are B; required.</summary>
    public string CareType(UsageContext? venue, string element)
    {
        var found = Codings(venue, element)
            .Select(c => codes.CareType.Reverse(c.Code!, c.System)?.Code
                ?? throw FhirException.Unprocessable(
                    $"{element}: '{c.System}|{c.Code}' has no openIMIS care type in ConceptMap {codes.CareType.Url}.", element))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return found.Count switch
        {
            0 => throw FhirException.Unprocessable($"{element} is required: openIMIS needs the care type (AMB, IMP or both).", element),
            1 => found[0],
            _ => BothCareTypes,
        };
    }

    private UsageContext? FromBits(short patientCategory, PatientCategories[] bits, string typeCode)
    {
        var set = (PatientCategories)patientCategory;
        var codings = bits.Where(b => set.HasFlag(b))
            .Select(b => codes.PatientCategory.Translate(((short)b).ToString(System.Globalization.CultureInfo.InvariantCulture))!)
            .ToList();
        return codings.Count == 0
            ? null
            : new UsageContext { Code = TypeCoding(typeCode), Value = new CodeableConcept { Coding = codings } };
    }

    private PatientCategories ToBits(UsageContext? context, PatientCategories[] bits, string element)
    {
        if (context is null)
        {
            return bits[0] | bits[1];
        }

        var set = PatientCategories.None;
        foreach (var coding in Codings(context, element))
        {
            var source = codes.PatientCategory.Reverse(coding.Code!, coding.System)?.Code;
            var bit = source is null ? PatientCategories.None : (PatientCategories)short.Parse(source, System.Globalization.CultureInfo.InvariantCulture);
            set |= bits.Contains(bit)
                ? bit
                : throw FhirException.Unprocessable(
                    $"{element}: '{coding.System}|{coding.Code}' is not one of this use context's codes in ConceptMap {codes.PatientCategory.Url}.", element);
        }

        return set != PatientCategories.None
            ? set
            : throw FhirException.Unprocessable($"{element} has no coding: leave the use context out for no restriction.", element);
    }

    private static IEnumerable<Coding> Codings(UsageContext? context, string element) => context?.Value switch
    {
        null => [],
        CodeableConcept concept => concept.Coding.Where(c => c.Code is not null),
        _ => throw FhirException.Unprocessable($"{element}: the value must be a CodeableConcept.", element),
    };
}
