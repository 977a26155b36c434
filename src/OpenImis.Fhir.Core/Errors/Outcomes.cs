using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Errors;

/// <summary>Builds OperationOutcomes.</summary>
public static class Outcomes
{
    /// <summary>An outcome with one error issue.</summary>
    public static OperationOutcome Error(OperationOutcome.IssueType code, string message, string? expression = null) =>
        Single(OperationOutcome.IssueSeverity.Error, code, message, expression);

    /// <summary>An outcome with one informational issue.</summary>
    public static OperationOutcome Information(string message) =>
        Single(OperationOutcome.IssueSeverity.Information, OperationOutcome.IssueType.Informational, message, null);

    /// <summary>An issue with a human-readable text.</summary>
    public static OperationOutcome.IssueComponent Issue(
        OperationOutcome.IssueSeverity severity, OperationOutcome.IssueType code, string message, string? expression = null)
    {
        var issue = new OperationOutcome.IssueComponent
        {
            Severity = severity,
            Code = code,
            Details = new CodeableConcept { Text = message },
            Diagnostics = message,
        };
        if (expression is not null)
        {
            issue.Expression = [expression];
        }

        return issue;
    }

    /// <summary>The issues' texts in one line, for logs and exception messages.</summary>
    public static string Describe(OperationOutcome outcome) =>
        string.Join("; ", outcome.Issue.Select(i => i.Diagnostics ?? i.Details?.Text ?? i.Code?.ToString()));

    private static OperationOutcome Single(
        OperationOutcome.IssueSeverity severity, OperationOutcome.IssueType code, string message, string? expression) =>
        new() { Issue = [Issue(severity, code, message, expression)] };
}
