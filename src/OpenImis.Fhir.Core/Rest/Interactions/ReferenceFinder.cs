using System.Collections.Concurrent;
using Hl7.Fhir.FhirPath;
using Hl7.Fhir.Model;
using Hl7.FhirPath;
using Hl7.FhirPath.Expressions;

namespace OpenImis.Fhir.Core.Rest.Interactions;

/// <summary>
/// The references to resources of this server that an emitted resource carries: all of them (the element walker,
/// through <see cref="ResourceReferences"/>), or those a search parameter's FHIRPath expression selects.
/// </summary>
internal static class ReferenceFinder
{
    private static readonly FhirPathCompiler Compiler = new(new SymbolTable().AddStandardFP().AddFhirExtensions());
    private static readonly ConcurrentDictionary<string, CompiledExpression?> Compiled = new(StringComparer.Ordinal);

    /// <summary>Every local reference of the resource.</summary>
    public static IEnumerable<LocalReference> All(Resource resource) =>
        ResourceReferences.All(resource).Select(Parse).OfType<LocalReference>();

    /// <summary>
    /// The local references <paramref name="expression"/> selects. An expression the compiler cannot read selects
    /// nothing rather than everything: the declarations are the server's own, and a test holds every one of them.
    /// </summary>
    public static IEnumerable<LocalReference> At(Resource resource, string expression)
    {
        if (Compiled.GetOrAdd(expression, Compile) is not { } compiled)
        {
            return [];
        }

        var root = resource.ToPocoNode();
        return compiled.Invoke([root], new FhirEvaluationContext { Resource = root, RootResource = root })
            .Select(node => node.Poco)
            .OfType<ResourceReference>()
            .Select(Parse)
            .OfType<LocalReference>()
            .ToList();
    }

    /// <summary>Whether the expression compiles.</summary>
    public static bool Readable(string expression) => Compiled.GetOrAdd(expression, Compile) is not null;

    private static CompiledExpression? Compile(string expression)
    {
        try
        {
            return Compiler.Compile(expression);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    // Type/id or Type/id/_history/v; absolute URLs (another server), contained (#x) and urn: references are not local.
    private static LocalReference? Parse(ResourceReference reference)
    {
        if (reference.Reference is not { Length: > 0 } text || text.Contains(':', StringComparison.Ordinal) || text.StartsWith('#'))
        {
            return null;
        }

        var parts = text.Split('/');
        return parts.Length is 2 or 4 && parts[0].Length > 0 && char.IsUpper(parts[0][0]) && parts[1].Length > 0
            ? new LocalReference(parts[0], parts[1])
            : null;
    }
}
