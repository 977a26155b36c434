using System.Text.Json.Nodes;

namespace OpenImis.Fhir.Core.Rest.Patch;

/// <summary>The JSON being patched, with the four primitives RFC 6902 defines its operations by.</summary>
internal sealed class JsonPatchTarget(JsonNode root, string resourceType)
{
    public JsonNode? Root { get; private set; } = root;

    /// <summary>The type of the resource before the patch, used to name locations.</summary>
    public string ResourceType { get; } = resourceType;

    /// <summary>The value at <paramref name="path"/>, which must exist (it may be a JSON null).</summary>
    public JsonNode? Get(JsonPatchOperation op, JsonPointer path) =>
        TryGet(path, out var node) ? node : throw op.Fail($"'{path}' names no value", path, ResourceType);

    public void Add(JsonPatchOperation op, JsonPointer path, JsonNode? value)
    {
        if (path.IsRoot)
        {
            Root = value;
            return;
        }

        switch (Container(op, path))
        {
            case JsonObject obj:
                obj[path.Last] = value;
                break;
            case JsonArray array when path.Last == JsonPointer.End:
                array.Add(value);
                break;
            case JsonArray array:
                array.Insert(Index(op, path, array, insertion: true), value);
                break;
        }
    }

    public JsonNode? Remove(JsonPatchOperation op, JsonPointer path)
    {
        if (path.IsRoot)
        {
            throw op.Fail("a patch cannot remove the whole resource", path, ResourceType);
        }

        var removed = Get(op, path);
        switch (Container(op, path))
        {
            case JsonObject obj:
                obj.Remove(path.Last);
                break;
            case JsonArray array:
                array.RemoveAt(Index(op, path, array, insertion: false));
                break;
        }

        return removed;
    }

    public void Replace(JsonPatchOperation op, JsonPointer path, JsonNode? value)
    {
        Get(op, path);
        if (path.IsRoot)
        {
            Root = value;
            return;
        }

        switch (Container(op, path))
        {
            case JsonObject obj:
                obj[path.Last] = value;
                break;
            case JsonArray array:
                array[Index(op, path, array, insertion: false)] = value;
                break;
        }
    }

    private bool TryGet(JsonPointer path, out JsonNode? node)
    {
        node = Root;
        foreach (var token in path.Tokens)
        {
            if (node is JsonObject obj && obj.TryGetPropertyValue(token, out var member))
            {
                node = member;
            }
            else if (node is JsonArray array && JsonPointer.ArrayIndex(token, array.Count) is int index)
            {
                node = array[index];
            }
            else
            {
                node = null;
                return false;
            }
        }

        return true;
    }

    private JsonNode Container(JsonPatchOperation op, JsonPointer path)
    {
        var container = Get(op, path.Parent);
        return container is JsonObject or JsonArray
            ? container
            : throw op.Fail($"'{path.Parent}' is neither an object nor an array", path, ResourceType);
    }

    // An insertion may name the position just after the last item; other operations need an existing item.
    private int Index(JsonPatchOperation op, JsonPointer path, JsonArray array, bool insertion) =>
        JsonPointer.ArrayIndex(path.Last, array.Count + (insertion ? 1 : 0))
        ?? throw op.Fail($"'{path.Last}' is not an index of the array at '{path.Parent}', which has {array.Count} items", path, ResourceType);
}
