using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Validation;

namespace OpenImis.Fhir.Core.Terminology;

/// <summary>
/// <c>CodeSystem/$lookup</c> over the guide's code systems and the core ones; a code system an openIMIS table feeds
/// answers from the table's codes.
/// </summary>
public sealed class CodeSystemLookup(ProfileValidator validator, DatabaseCodeSystems databaseCodeSystems)
{
    /// <summary>
    /// Looks the code up: <c>system</c> and <c>code</c> (with an optional <c>version</c>) or a <c>coding</c>. A
    /// missing input is a 400; an unknown system or code a 404.
    /// </summary>
    public async Task<Parameters> LookupAsync(OperationParameters input)
    {
        var (system, code) = Input(input);
        var version = input.Text("version");
        var canonical = version is null ? system : $"{system}|{version}";
        if (await validator.ResolveAsync(canonical) is not CodeSystem resolved)
        {
            throw FhirException.NotFound($"CodeSystem {canonical} is not known here.");
        }

        var codeSystem = await databaseCodeSystems.OverlayAsync(resolved);

        var concept = Find(codeSystem.Concept, code)
            ?? throw FhirException.NotFound($"Code '{code}' is not in CodeSystem {canonical}.");
        var output = new Parameters();
        output.Add("name", new FhirString(codeSystem.Name ?? codeSystem.Title ?? system));
        if (codeSystem.Version is { } codeSystemVersion)
        {
            output.Add("version", new FhirString(codeSystemVersion));
        }

        output.Add("display", new FhirString(concept.Display ?? concept.Code));
        foreach (var designation in concept.Designation)
        {
            output.Parameter.Add(new Parameters.ParameterComponent { Name = "designation", Part = [.. Designation(designation)] });
        }

        if (concept.Definition is { } definition)
        {
            output.Parameter.Add(Property("definition", new FhirString(definition)));
        }

        foreach (var property in concept.Property.Where(p => p.Code is not null))
        {
            output.Parameter.Add(Property(property.Code!, property.Value));
        }

        return output;
    }

    /// <summary>The concept with that code, at any depth of the hierarchy, or null.</summary>
    public static CodeSystem.ConceptDefinitionComponent? Find(IEnumerable<CodeSystem.ConceptDefinitionComponent> concepts, string code)
    {
        foreach (var concept in concepts)
        {
            if (concept.Code == code)
            {
                return concept;
            }

            if (Find(concept.Concept, code) is { } child)
            {
                return child;
            }
        }

        return null;
    }

    private static (string System, string Code) Input(OperationParameters input)
    {
        if (input.Coding("coding") is { } coding)
        {
            return coding is { System: { Length: > 0 } s, Code: { Length: > 0 } c }
                ? (s, c)
                : throw FhirException.BadRequest("Parameter 'coding' needs a system and a code.");
        }

        return (input.RequiredText("system"), input.RequiredText("code"));
    }

    private static IEnumerable<Parameters.ParameterComponent> Designation(CodeSystem.DesignationComponent designation)
    {
        if (designation.Language is { } language)
        {
            yield return Part("language", new Code(language));
        }

        if (designation.Use is { } use)
        {
            yield return Part("use", use);
        }

        yield return Part("value", new FhirString(designation.Value));
    }

    private static Parameters.ParameterComponent Property(string code, DataType value) =>
        new() { Name = "property", Part = [Part("code", new Code(code)), Part("value", value)] };

    internal static Parameters.ParameterComponent Part(string name, DataType value) => new() { Name = name, Value = value };
}
