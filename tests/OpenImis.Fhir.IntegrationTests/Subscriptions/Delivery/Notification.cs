using Hl7.Fhir.Model;

namespace OpenImis.Fhir.IntegrationTests.Subscriptions.Delivery;

/// <summary>A backport notification as a subscriber reads it: entry[0]'s status Parameters.</summary>
internal sealed record Notification(string Type, string Status, IReadOnlyList<long> EventNumbers, IReadOnlyList<string> Focus, Received Request)
{
    public static Notification Of(Bundle bundle, Received request)
    {
        var status = (Parameters)bundle.Entry[0].Resource;
        var numbers = status.Parameter.Where(p => p.Name == "notification-event")
            .Select(p => long.Parse(((FhirString)p.Part.Single(q => q.Name == "event-number").Value).Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        var focus = status.Parameter.Where(p => p.Name == "notification-event")
            .SelectMany(p => p.Part.Where(q => q.Name == "focus").Select(q => ((ResourceReference)q.Value).Reference ?? string.Empty))
            .ToList();
        return new Notification(CodeOf(status, "type"), CodeOf(status, "status"), numbers, focus, request);
    }

    private static string CodeOf(Parameters status, string name) => ((Code)status.Parameter.Single(p => p.Name == name).Value).Value;
}
