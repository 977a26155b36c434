namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>What the request did, kept on the HttpContext for the OpenHIM mediator response and for logs.</summary>
internal static class RequestFacts
{
    public const string ResourceTypeKey = "fhir.resourceType";
    public const string InteractionKey = "fhir.interaction";
    public const string ResultCountKey = "fhir.resultCount";

    public static void Record(HttpContext context, string resourceType, string interaction, int? resultCount)
    {
        context.Items[ResourceTypeKey] = resourceType;
        context.Items[InteractionKey] = interaction;
        context.Items[ResultCountKey] = resultCount;
    }
}
