using System.Collections.Concurrent;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Terminology;
using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Validation;

namespace OpenImis.Fhir.Core.Terminology;

/// <summary>
/// <c>ValueSet/$expand</c> and <c>ValueSet/$validate-code</c> over the guide's value sets and the core ones. A
/// value set's full expansion is computed once (the resources never change while the server runs) and then
/// filtered and paged per request. A value set that includes a code system an openIMIS table feeds is expanded
/// again on each request, from the table's codes (which <see cref="DatabaseCodeSystems"/> keeps for a while).
/// </summary>
public sealed class ValueSetExpansions(ProfileValidator validator, ConformanceStore store, DatabaseCodeSystems databaseCodeSystems, TimeProvider clock)
{
    private const int MaxExpansionSize = 10_000;

    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<ValueSet.ContainsComponent>>>> _expansions = new(StringComparer.Ordinal);

    /// <summary>
    /// Expands the value set named by <paramref name="id"/> (instance level), the <c>valueSet</c> resource or the
    /// <c>url</c> (and <c>valueSetVersion</c>); <c>filter</c>, <c>offset</c> and <c>count</c> select the codes.
    /// </summary>
    public async Task<ValueSet> ExpandAsync(OperationParameters input, string? id)
    {
        var (valueSet, known) = await FindAsync(input, id);
        var filter = input.Text("filter");
        var offset = input.Count("offset") ?? 0;
        var count = input.Count("count");
        var (total, page) = ExpansionPage.Select(await CodesAsync(valueSet, known), filter, offset, count);

        var result = (ValueSet)valueSet.DeepCopy();
        result.Expansion = new ValueSet.ExpansionComponent
        {
            Identifier = $"urn:uuid:{Guid.NewGuid()}",
            TimestampElement = new FhirDateTime(clock.GetUtcNow()),
            Total = total,
            Offset = offset,
            Contains = [.. page.Select(c => (ValueSet.ContainsComponent)c.DeepCopy())],
        };
        if (!string.IsNullOrEmpty(filter))
        {
            result.Expansion.Parameter.Add(new ValueSet.ParameterComponent { Name = "filter", Value = new FhirString(filter) });
        }

        if (count is { } n)
        {
            result.Expansion.Parameter.Add(new ValueSet.ParameterComponent { Name = "count", Value = new Integer(n) });
        }

        return result;
    }

    /// <summary>
    /// Whether a code is in the value set: <c>code</c> with an optional <c>system</c>, a <c>coding</c> or a
    /// <c>codeableConcept</c>; a given <c>display</c> must match the code's. Answers <c>result</c>, <c>message</c>
    /// when false, and the code's <c>display</c>.
    /// </summary>
    public async Task<Parameters> ValidateCodeAsync(OperationParameters input, string? id)
    {
        var (valueSet, known) = await FindAsync(input, id);
        var codings = Codings(input);
        var display = input.Text("display");
        var codes = await CodesAsync(valueSet, known);
        var output = new Parameters();
        var found = codings
            .Select(c => (Coding: c, Match: codes.FirstOrDefault(e => e.Code == c.Code && (string.IsNullOrEmpty(c.System) || e.System == c.System))))
            .FirstOrDefault(m => m.Match is not null);
        if (found.Match is null)
        {
            var given = string.Join(", ", codings.Select(c => string.IsNullOrEmpty(c.System) ? $"'{c.Code}'" : $"'{c.System}|{c.Code}'"));
            output.Add("result", new FhirBoolean(false));
            output.Add("message", new FhirString($"{given} is not in ValueSet {valueSet.Url}."));
            return output;
        }

        var expected = found.Match.Display;
        var wanted = display ?? found.Coding.Display;
        var displayOk = wanted is null || expected is null || string.Equals(wanted, expected, StringComparison.OrdinalIgnoreCase);
        output.Add("result", new FhirBoolean(displayOk));
        if (!displayOk)
        {
            output.Add("message", new FhirString($"The display '{wanted}' is not the display '{expected}' of {found.Match.System}|{found.Match.Code}."));
        }

        if (expected is not null)
        {
            output.Add("display", new FhirString(expected));
        }

        return output;
    }

    // Known: loaded here (guide or core), so its expansion can be kept; a value set sent in the request cannot.
    private async Task<(ValueSet ValueSet, bool Known)> FindAsync(OperationParameters input, string? id)
    {
        if (id is not null)
        {
            return (store.Find("ValueSet", id) as ValueSet ?? throw FhirException.NotFound($"ValueSet/{id} is not known."), true);
        }

        if (input.Resource("valueSet") is { } given)
        {
            return (given as ValueSet ?? throw FhirException.BadRequest($"Parameter 'valueSet' must hold a ValueSet, not a {given.TypeName}."), false);
        }

        var url = input.RequiredText("url");
        var canonical = input.Text("valueSetVersion") is { } version ? $"{url}|{version}" : url;
        return (await validator.ResolveAsync(canonical) as ValueSet ?? throw FhirException.NotFound($"ValueSet {canonical} is not known here."), true);
    }

    private Task<IReadOnlyList<ValueSet.ContainsComponent>> CodesAsync(ValueSet valueSet, bool known)
    {
        if (!known || valueSet.Compose?.Include.Any(i => databaseCodeSystems.Covers(i.System)) == true)
        {
            return ExpandAllAsync(valueSet);
        }

        var key = $"{valueSet.Url}|{valueSet.Version}";
        return _expansions.GetOrAdd(key, _ => new Lazy<Task<IReadOnlyList<ValueSet.ContainsComponent>>>(() => ExpandAllAsync(valueSet))).Value;
    }

    private async Task<IReadOnlyList<ValueSet.ContainsComponent>> ExpandAllAsync(ValueSet valueSet)
    {
        var copy = (ValueSet)valueSet.DeepCopy();
        var expander = new ValueSetExpander(new ValueSetExpanderSettings { ValueSetSource = new DatabaseOverlayResolver(validator.Resolver, databaseCodeSystems), MaxExpansionSize = MaxExpansionSize });
        try
        {
            await expander.ExpandAsync(copy);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The expander fails on what it does not implement (external code systems, some filters) in many ways.
            throw new FhirException(System.Net.HttpStatusCode.UnprocessableEntity, Outcomes.Error(
                OperationOutcome.IssueType.NotSupported, $"ValueSet {valueSet.Url} cannot be expanded here: {ex.Message}"));
        }

        return ExpansionPage.Flatten(copy.Expansion?.Contains ?? []);
    }

    private static List<Coding> Codings(OperationParameters input)
    {
        if (input.Concept("codeableConcept") is { } concept)
        {
            return concept.Coding.Count > 0
                ? [.. concept.Coding]
                : throw FhirException.BadRequest("Parameter 'codeableConcept' has no coding.");
        }

        if (input.Coding("coding") is { } coding)
        {
            return coding.Code is { Length: > 0 } ? [coding] : throw FhirException.BadRequest("Parameter 'coding' has no code.");
        }

        return [new Coding(input.Text("system"), input.RequiredText("code"))];
    }
}
