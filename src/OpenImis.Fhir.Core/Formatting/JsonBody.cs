using System.Text.Json;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Core.Formatting;

/// <summary>Reads a JSON body's structure before Firely reads its content.</summary>
internal static class JsonBody
{
    /// <summary>Firely's own reader options (comments skipped, trailing commas allowed), with the depth limit stated.</summary>
    public static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = BodyLimits.MaxDepth,
    };

    /// <summary>
    /// One pass over the tokens: the body must be one JSON value and nothing after it (Firely stops reading at the
    /// end of the resource and ignores the rest), no deeper than <see cref="BodyLimits.MaxDepth"/>, and every
    /// <c>resourceType</c> must be spelled as FHIR spells it. Linear in the body's length.
    /// </summary>
    public static void Check(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, Options);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("resourceType"u8)
                    && reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    ResourceTypeNames.CheckCase(reader.GetString()!);
                }
            }
        }
        catch (JsonException ex)
        {
            throw FhirException.BadRequest($"The body is not one well-formed JSON value: {ex.Message}");
        }
    }
}
