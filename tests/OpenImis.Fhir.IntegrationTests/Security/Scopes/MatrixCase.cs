using OpenImis.Fhir.Core.Security;

namespace OpenImis.Fhir.IntegrationTests.Security.Scopes;

/// <summary>One interaction on one served type, as an HTTP request, with the SMART letter it needs.</summary>
public sealed record MatrixCase(string ResourceType, string Interaction, ScopeInteraction Needs, HttpMethod Method, string Path, string? Body, string? MediaType)
{
    public override string ToString() => $"{Interaction} {ResourceType}";

    public HttpRequestMessage Request()
    {
        var request = new HttpRequestMessage(Method, Path);
        request.Headers.Accept.ParseAdd("application/fhir+json");
        if (Body is not null)
        {
            request.Content = new StringContent(Body, System.Text.Encoding.UTF8, MediaType ?? "application/fhir+json");
        }

        return request;
    }
}
