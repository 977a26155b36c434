using System.Text.Json;
using System.Text.Json.Nodes;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Core.Rest.Patch;

/// <summary>Reads a JSON Patch document (RFC 6902) and checks each operation's form; members RFC 6902 does not define are ignored.</summary>
internal static class JsonPatchReader
{
    private static readonly Dictionary<string, JsonPatchOperationKind> Kinds = Enum.GetValues<JsonPatchOperationKind>()
        .ToDictionary(kind => kind.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    // A repeated member would leave it unclear which 'op' or 'path' the client meant.
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    public static JsonPatchDocument Read(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw FhirException.BadRequest("The body is empty; a JSON Patch document (a JSON array of operations) was expected.");
        }

        JsonNode? document;
        try
        {
            document = JsonNode.Parse(json, documentOptions: Strict);
        }
        catch (JsonException ex)
        {
            throw FhirException.BadRequest($"The body is not a valid JSON Patch document: {ex.Message}");
        }

        return document is JsonArray operations
            ? new JsonPatchDocument([.. operations.Select(ReadOperation)])
            : throw FhirException.BadRequest("A JSON Patch document must be a JSON array of operations.");
    }

    private static JsonPatchOperation ReadOperation(JsonNode? node, int index)
    {
        if (node is not JsonObject operation)
        {
            throw Malformed(index, "is not a JSON object");
        }

        var kind = Kind(operation, index);
        var path = Pointer(operation, "path", index);
        var from = kind is JsonPatchOperationKind.Move or JsonPatchOperationKind.Copy ? Pointer(operation, "from", index) : null;
        JsonNode? value = null;
        if (kind is JsonPatchOperationKind.Add or JsonPatchOperationKind.Replace or JsonPatchOperationKind.Test
            && !operation.TryGetPropertyValue("value", out value))
        {
            throw Malformed(index, $"({operation["op"]}) has no 'value' member");
        }

        if (kind == JsonPatchOperationKind.Move && from!.IsProperPrefixOf(path))
        {
            throw Malformed(index, $"moves '{from}' into one of its own children ('{path}')");
        }

        return new JsonPatchOperation(index, kind, path, from, value);
    }

    private static JsonPatchOperationKind Kind(JsonObject operation, int index) =>
        Text(operation, "op") is not { } name
            ? throw Malformed(index, "has no 'op' member naming the operation (add, remove, replace, move, copy or test)")
            : Kinds.TryGetValue(name, out var kind)
                ? kind
                : throw Malformed(index, $"has op '{name}', which is none of add, remove, replace, move, copy and test");

    private static JsonPointer Pointer(JsonObject operation, string member, int index) =>
        Text(operation, member) is not { } text
            ? throw Malformed(index, $"has no '{member}' member (a JSON Pointer)")
            : JsonPointer.Parse(text)
                ?? throw Malformed(index, $"has {member} '{text}', which is not a JSON Pointer: it must be empty or start with '/', and '~' must be followed by 0 or 1");

    private static string? Text(JsonObject operation, string member) =>
        operation[member] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static FhirException Malformed(int index, string problem) =>
        FhirException.BadRequest($"JSON Patch operation [{index}] {problem}.");
}
