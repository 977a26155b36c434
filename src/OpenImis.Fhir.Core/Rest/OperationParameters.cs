using System.Globalization;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>
/// The input of an operation, from the query string (text only) and from a Parameters body (typed values and
/// resources), read by name. A parameter given twice where one is expected, or of the wrong type, is a 400.
/// </summary>
public sealed class OperationParameters
{
    // Parameters that shape the response; the endpoint reads them.
    private static readonly HashSet<string> ResponseParameters = new(StringComparer.Ordinal) { "_format", "_pretty", "_summary", "_elements" };

    private readonly List<Parameters.ParameterComponent> _items;

    private OperationParameters(List<Parameters.ParameterComponent> items) => _items = items;

    /// <summary>No parameters.</summary>
    public static OperationParameters Empty { get; } = new([]);

    /// <summary>Query-string parameters, each a string value.</summary>
    public static OperationParameters FromQuery(IEnumerable<KeyValuePair<string, string>> query) =>
        new([.. query.Where(p => !ResponseParameters.Contains(p.Key))
            .Select(p => new Parameters.ParameterComponent { Name = p.Key, Value = new FhirString(p.Value) })]);

    /// <summary>The parameters of a Parameters resource.</summary>
    public static OperationParameters FromResource(Parameters parameters) => new([.. parameters.Parameter]);

    /// <summary>These parameters followed by <paramref name="other"/>'s.</summary>
    public OperationParameters Concat(OperationParameters other) => new([.. _items, .. other._items]);

    /// <summary>Whether the parameter is present.</summary>
    public bool Has(string name) => _items.Any(p => p.Name == name);

    /// <summary>The parameter's value as text (any primitive: string, uri, code, canonical, ...), or null when absent.</summary>
    public string? Text(string name) => Single(name)?.Value switch
    {
        null => null,
        PrimitiveType { JsonValue: not null } primitive => Convert.ToString(primitive.JsonValue, CultureInfo.InvariantCulture),
        var other => throw WrongType(name, other, "a primitive value"),
    };

    /// <summary>The parameter's value as text; 400 when absent or empty.</summary>
    public string RequiredText(string name) =>
        Text(name) is { Length: > 0 } text ? text : throw FhirException.BadRequest($"Parameter '{name}' is required.");

    /// <summary>A non-negative whole number, or null when absent.</summary>
    public int? Count(string name) => Text(name) switch
    {
        null => null,
        var text when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        var text => throw FhirException.BadRequest($"Parameter '{name}' must be a non-negative whole number, not '{text}'."),
    };

    /// <summary>A boolean, or null when absent.</summary>
    public bool? Boolean(string name) => Text(name) switch
    {
        null => null,
        "true" or "True" => true,
        "false" or "False" => false,
        var text => throw FhirException.BadRequest($"Parameter '{name}' must be true or false, not '{text}'."),
    };

    /// <summary>Every value of a repeatable parameter, as text, in the order given.</summary>
    public IReadOnlyList<string> Texts(string name) => _items.Where(p => p.Name == name).Select(p => p.Value switch
    {
        PrimitiveType { JsonValue: not null } primitive => Convert.ToString(primitive.JsonValue, CultureInfo.InvariantCulture)!,
        ResourceReference { Reference: { } reference } => reference,
        var other => throw WrongType(name, other, "a primitive value"),
    }).ToList();

    /// <summary>A Coding value (Parameters body only), or null when absent.</summary>
    public Coding? Coding(string name) => Typed<Coding>(name, "a Coding");

    /// <summary>A CodeableConcept value (Parameters body only), or null when absent.</summary>
    public CodeableConcept? Concept(string name) => Typed<CodeableConcept>(name, "a CodeableConcept");

    /// <summary>The resource of the parameter (Parameters body only), or null when absent.</summary>
    public Resource? Resource(string name)
    {
        var parameter = Single(name);
        return parameter is null || parameter.Resource is not null
            ? parameter?.Resource
            : throw FhirException.BadRequest($"Parameter '{name}' must hold a resource.");
    }

    private T? Typed<T>(string name, string expected)
        where T : DataType => Single(name)?.Value switch
        {
            null => null,
            T value => value,
            var other => throw WrongType(name, other, expected),
        };

    private Parameters.ParameterComponent? Single(string name)
    {
        var matches = _items.Where(p => p.Name == name).Take(2).ToList();
        return matches.Count switch
        {
            0 => null,
            1 => matches[0],
            _ => throw FhirException.BadRequest($"Parameter '{name}' is given more than once."),
        };
    }

    private static FhirException WrongType(string name, DataType? value, string expected) =>
        FhirException.BadRequest($"Parameter '{name}' must be {expected}, not {value?.TypeName ?? "a part list"}.");
}
