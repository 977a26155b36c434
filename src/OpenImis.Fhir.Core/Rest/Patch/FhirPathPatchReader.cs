using Hl7.Fhir.FhirPath;
using Hl7.Fhir.Model;
using Hl7.FhirPath;
using Hl7.FhirPath.Expressions;
using OpenImis.Fhir.Core.Errors;
using FhirPathExpression = Hl7.FhirPath.Expressions.Expression;

namespace OpenImis.Fhir.Core.Rest.Patch;

/// <summary>
/// Reads a FHIRPath Patch: every parameter an 'operation' whose parts are exactly those its type uses, each once, typed
/// as the FHIRPath Patch page says, with a path that compiles. Anything else is a 400 naming the parameter.
/// </summary>
internal static class FhirPathPatchReader
{
    // FHIR's own functions (extension(), hasValue(), ...) on top of the standard ones.
    private static readonly FhirPathCompiler Compiler = new(new SymbolTable().AddStandardFP().AddFhirExtensions());

    private static readonly Dictionary<FhirPathPatchType, string[]> PartsByType = new()
    {
        [FhirPathPatchType.Add] = ["type", "path", "name", "value"],
        [FhirPathPatchType.Insert] = ["type", "path", "value", "index"],
        [FhirPathPatchType.Delete] = ["type", "path"],
        [FhirPathPatchType.Replace] = ["type", "path", "value"],
        [FhirPathPatchType.Move] = ["type", "path", "source", "destination"],
    };

    private static readonly Dictionary<string, FhirPathPatchType> Types = Enum.GetValues<FhirPathPatchType>()
        .ToDictionary(type => type.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    public static FhirPathPatchDocument Read(Parameters patch) => new([.. patch.Parameter.Select(ReadOperation)]);

    private static FhirPathPatchOperation ReadOperation(Parameters.ParameterComponent parameter, int index)
    {
        if (parameter.Name != "operation")
        {
            throw Malformed(index, $"is named '{parameter.Name}', but a FHIRPath Patch has only 'operation' parameters");
        }

        if (parameter.Value is not null || parameter.Resource is not null)
        {
            throw Malformed(index, "has a value or a resource, but an operation is given by its parts");
        }

        var parts = Parts(parameter, index);
        var type = Type(parts, index);
        var path = Text(parts, "path", index);
        var (expression, select) = Compile(path, index);
        var list = type is FhirPathPatchType.Insert or FhirPathPatchType.Move ? expression as ChildExpression : null;
        if (list is null && type is FhirPathPatchType.Insert or FhirPathPatchType.Move)
        {
            throw Malformed(index, $"has path '{path}', but the path of an {type.ToString().ToLowerInvariant()} must end with the name of the list");
        }

        return new FhirPathPatchOperation
        {
            Index = index,
            Type = type,
            Path = path,
            Select = select,
            Name = parts.ContainsKey("name") ? Text(parts, "name", index) : null,
            Value = parts.TryGetValue("value", out var value) ? Checked(value, index) : null,
            Position = parts.ContainsKey("index") ? Integer(parts, "index", index) : null,
            Source = parts.ContainsKey("source") ? Integer(parts, "source", index) : null,
            Destination = parts.ContainsKey("destination") ? Integer(parts, "destination", index) : null,
            ListOwner = list is null ? null : Compiler.Compile(list.Focus),
            ListName = list?.ChildName,
        };
    }

    private static Dictionary<string, Parameters.ParameterComponent> Parts(Parameters.ParameterComponent parameter, int index)
    {
        var parts = new Dictionary<string, Parameters.ParameterComponent>(StringComparer.Ordinal);
        foreach (var part in parameter.Part)
        {
            if (!parts.TryAdd(part.Name ?? "", part))
            {
                throw Malformed(index, $"has the part '{part.Name}' more than once");
            }
        }

        var type = Type(parts, index);
        var expected = PartsByType[type];
        if (parts.Keys.FirstOrDefault(name => !expected.Contains(name)) is { } extra)
        {
            throw Malformed(index, $"has a part '{extra}', which {Name(type)} operations do not take (they take {string.Join(", ", expected)})");
        }

        if (expected.FirstOrDefault(name => !parts.ContainsKey(name)) is { } missing)
        {
            throw Malformed(index, $"has no '{missing}' part, which {Name(type)} operations need");
        }

        return parts;
    }

    private static FhirPathPatchType Type(Dictionary<string, Parameters.ParameterComponent> parts, int index)
    {
        if (!parts.ContainsKey("type"))
        {
            throw Malformed(index, "has no 'type' part (add, insert, delete, replace or move)");
        }

        var name = Text(parts, "type", index);
        return Types.TryGetValue(name, out var type)
            ? type
            : throw Malformed(index, $"has type '{name}', which is none of add, insert, delete, replace and move");
    }

    private static (FhirPathExpression Expression, CompiledExpression Select) Compile(string path, int index)
    {
        try
        {
            var expression = Compiler.Parse(path);
            return (expression, Compiler.Compile(expression));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw Malformed(index, $"has path '{path}', which is not a FHIRPath expression the server can evaluate: {ex.Message}");
        }
    }

    private static string Text(Dictionary<string, Parameters.ParameterComponent> parts, string name, int index) =>
        parts[name].Value is PrimitiveType { JsonValue: string { Length: > 0 } text }
            ? text
            : throw Malformed(index, $"has a part '{name}' that is not a non-empty string");

    private static int Integer(Dictionary<string, Parameters.ParameterComponent> parts, string name, int index) =>
        parts[name].Value is PrimitiveType { JsonValue: int number and >= 0 }
            ? number
            : throw Malformed(index, $"has a part '{name}' that is not a non-negative integer");

    // The element names inside a value are checked when applied, against the type of the element it goes into.
    private static Parameters.ParameterComponent Checked(Parameters.ParameterComponent value, int index)
    {
        var kinds = (value.Value is null ? 0 : 1) + (value.Resource is null ? 0 : 1) + (value.Part.Count == 0 ? 0 : 1);
        if (kinds != 1 || string.IsNullOrEmpty(value.Name))
        {
            throw Malformed(index, $"has a part '{value.Name}' that does not hold exactly one of a value[x], a resource or parts");
        }

        foreach (var part in value.Part)
        {
            Checked(part, index);
        }

        return value;
    }

    private static string Name(FhirPathPatchType type) => type.ToString().ToLowerInvariant();

    private static FhirException Malformed(int index, string problem) =>
        FhirException.BadRequest($"FHIRPath Patch operation [{index}] {problem}.", $"Parameters.parameter[{index}]");
}
