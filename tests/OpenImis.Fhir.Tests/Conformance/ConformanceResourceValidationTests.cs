using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;

namespace OpenImis.Fhir.Tests.Conformance;

/// <summary>
/// Every file of profiles/ validates against the core definition of its type with no error and no warning, apart
/// from the finding the core specification shares (<see cref="KnownFindings"/>), which the core's own
/// StructureDefinitions show the same way.
/// </summary>
public sealed class ConformanceResourceValidationTests
{
    public static TheoryData<string> ConformanceFiles => [.. ProfileSet.ConformanceFiles];

    [Theory]
    [MemberData(nameof(ConformanceFiles))]
    public void ConformanceResource_HasNoErrorsOrWarnings_WhenValidatedAgainstItsCoreType(string file)
    {
        var resource = ProfileSet.Parse(Path.Combine(ProfileSet.ProfilesFolder, file));

        var outcome = ServerValidator.Instance.Validate(resource, ServerValidator.CoreProfile(resource));

        Assert.Empty(KnownFindings.Unexplained(resource, outcome));
    }

    [Theory]
    [InlineData("Patient")]
    [InlineData("Group")]
    public async System.Threading.Tasks.Task CoreStructureDefinition_FailsOnlyOnTheFhirTypeExtensionContext_WhenValidatedLikeTheGuide(string type)
    {
        // A fresh copy from the zip: the validator's own resolver corrects the core definitions it compiles in place.
        var core = ZipSource.CreateValidationSource(Path.Combine(AppContext.BaseDirectory, "specification.zip"));
        var definition = (StructureDefinition)(await core.ResolveByCanonicalUriAsync($"http://hl7.org/fhir/StructureDefinition/{type}"))!;

        var errors = ServerValidator.Instance.Validate(definition, ServerValidator.CoreProfile(definition)).Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .ToList();

        Assert.True(errors.Count > 0 && errors.All(e => KnownFindings.IsFhirTypeContext(definition, e)),
            string.Join(Environment.NewLine, errors.Select(e => e.Details?.Text)));
    }
}
