using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Tests.Conformance;

public sealed class ExampleTests
{
    public static TheoryData<string> ExampleFiles => [.. ProfileSet.ExampleFiles];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Example_HasNoErrors_WhenValidatedAgainstItsProfile(string file)
    {
        var example = ProfileSet.Parse(Path.Combine(ProfileSet.ExamplesFolder, file));
        var profile = Assert.Single(example.Meta?.Profile ?? []);

        var outcome = ProfileSet.Instance.Validator.Validate(example, profile);

        Assert.Empty(Errors(outcome));
    }

    internal static IEnumerable<string> Errors(OperationOutcome outcome) =>
        outcome.Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => $"{i.Details?.Text} @ {string.Join(",", i.Expression ?? [])}");
}
