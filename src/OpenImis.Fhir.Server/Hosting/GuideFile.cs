using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace OpenImis.Fhir.Server.Hosting;

/// <summary>One published file, with the entity tag that lets clients revalidate their copy.</summary>
internal sealed record GuideFile(byte[] Content, string ContentType, EntityTagHeaderValue ETag)
{
    public static GuideFile From(byte[] content, string contentType) =>
        new(content, contentType, new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}\""));
}
