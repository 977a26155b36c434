using System.Text.RegularExpressions;
using Hl7.Fhir.Model;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions;

/// <summary>
/// What the Firely validator reports on backport notifications that no R4 server can avoid, HL7's own examples of
/// Subscriptions R5 Backport 1.1.0 included (ig/README.md, "The backport package"), recognised exactly; any other error
/// or warning fails the tests:
/// <list type="bullet">
/// <item>bdl-3b, an R5 invariant the validator adds to R4 Bundle: a history entry has a resource exactly when its
/// method is POST, PUT or PATCH. The backport's status entry is a GET of <c>$status</c> that carries the status
/// Parameters, by definition. Recognised only when every other entry keeps the rule.</item>
/// <item>The status profile binds <c>type</c> to R4B's value set <c>subscription-notification-type</c>, which R4 does not
/// have, so the code cannot be checked (a warning). Recognised only for the five codes that value set holds.</item>
/// </list>
/// </summary>
internal static partial class BackportFindings
{
    private const string NotificationTypeValueSet = "http://hl7.org/fhir/ValueSet/subscription-notification-type";
    private static readonly HashSet<string> NotificationTypes = ["handshake", "heartbeat", "event-notification", "query-status", "query-event"];

    /// <summary>
    /// Errors and warnings of <paramref name="outcome"/> that neither finding explains, one line each. With
    /// <paramref name="anyEntry"/> bdl-3b is recognised whatever the other entries do: HL7's multi-resource example
    /// carries its additional-context Patient as a GET with the resource too.
    /// </summary>
    public static List<string> Unexplained(Resource resource, OperationOutcome outcome, bool anyEntry = false) =>
        [.. outcome.Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal or OperationOutcome.IssueSeverity.Warning)
            .Where(i => !IsStatusEntryBdl3b(resource, i, anyEntry) && !IsNotificationTypeBinding(i))
            .Select(i => $"{i.Severity}: {i.Details?.Text ?? i.Diagnostics} @ {string.Join(",", i.Expression)}")];

    public static bool IsStatusEntryBdl3b(Resource resource, OperationOutcome.IssueComponent issue, bool anyEntry = false) =>
        issue.Details?.Text?.StartsWith("Instance failed constraint bdl-3b ", StringComparison.Ordinal) == true
        && issue.Expression.SingleOrDefault() == "Bundle"
        && resource is Bundle { Type: Bundle.BundleType.History } bundle
        && bundle.Entry.FirstOrDefault() is { Resource: Parameters, Request.Method: Bundle.HTTPVerb.GET, Response: not null } status
        && status.Request.Url.EndsWith("/$status", StringComparison.Ordinal)
        && (anyEntry || bundle.Entry.Skip(1).All(e => e.Request?.Method is { } method && e.Response is not null
            && (method is Bundle.HTTPVerb.POST or Bundle.HTTPVerb.PUT or Bundle.HTTPVerb.PATCH) == (e.Resource is not null)));

    public static bool IsNotificationTypeBinding(OperationOutcome.IssueComponent issue) =>
        issue.Severity == OperationOutcome.IssueSeverity.Warning
        && UnknownValueSet().Match(issue.Details?.Text ?? string.Empty) is { Success: true } match
        && match.Groups["valueSet"].Value == NotificationTypeValueSet
        && NotificationTypes.Contains(match.Groups["code"].Value);

    [GeneratedRegex(@"^Terminology service failed while validating code '(?<code>[^']*)': Operation validate code failed: valueset '(?<valueSet>[^']*)' is unknown\.")]
    private static partial Regex UnknownValueSet();
}
