using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Terminology;

namespace OpenImis.Fhir.Tests.Core.Terminology;

public sealed class LegacyCodingsTests
{
    private const string Page = "http://hl7.org/fhir/valueset-marital-status.html";
    private const string NullFlavor = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";

    private static LegacyCodings Build(string id = "legacy-test") => new(new ConceptMapStore(
    [
        new ConceptMap
        {
            Id = id,
            Url = $"https://example.org/ConceptMap/{id}",
            Group =
            [
                new ConceptMap.GroupComponent
                {
                    Source = Page,
                    Target = NullFlavor,
                    Element =
                    [
                        new ConceptMap.SourceElementComponent
                        {
                            Code = "N",
                            Target = [new ConceptMap.TargetElementComponent { Code = "UNK", Equivalence = ConceptMapEquivalence.Equivalent }],
                        },
                    ],
                },
            ],
        },
    ]));

    private static Patient Patient(string code) => new() { MaritalStatus = new CodeableConcept(Page, code) };

    [Fact]
    public void Normalise_RewritesTheCoding_WhenItsSystemAndCodeAreMapped()
    {
        var patient = Patient("N");
        Build().Normalise(patient);
        Assert.Equal((NullFlavor, "UNK"), (patient.MaritalStatus.Coding[0].System, patient.MaritalStatus.Coding[0].Code));
    }

    [Fact]
    public void Normalise_WarnsAtTheCodingsPath_WhenItRewrites()
    {
        var issue = Assert.Single(Build().Normalise(Patient("N")));
        Assert.Equal(OperationOutcome.IssueSeverity.Warning, issue.Severity);
        Assert.StartsWith("Patient.maritalStatus", issue.Expression.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Normalise_LeavesTheCoding_WhenTheCodeIsNotMapped()
    {
        var patient = Patient("X");
        Assert.Empty(Build().Normalise(patient));
        Assert.Equal(Page, patient.MaritalStatus.Coding[0].System);
    }

    [Fact]
    public void Normalise_IgnoresMapsOutsideThePrefix_WhenBuilt()
    {
        var patient = Patient("N");
        Assert.Empty(Build("insuree-marital-status").Normalise(patient));
    }
}
