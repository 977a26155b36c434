using System.Globalization;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Rest.Interactions;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Server.Endpoints;

namespace OpenImis.Fhir.Server.Export;

/// <summary>
/// Reads and checks a kick-off (Bulk Data 2.0.0): repeated parameters are one comma-joined list; what the server
/// does not support is a 400 naming the parameter, or, with <c>Prefer: handling=lenient</c>, ignored and reported in
/// the manifest's <c>error</c>.
/// </summary>
internal static class ExportKickoff
{
    private static readonly HashSet<string> NdjsonFormats = new(StringComparer.Ordinal) { "application/fhir+ndjson", "application/ndjson", "ndjson" };
    private static readonly HashSet<string> Unsupported = new(StringComparer.Ordinal) { "_elements", "includeAssociatedData", "_until" };

    public static async Task<ExportRequest> ReadAsync(HttpContext context, string level, string? groupId, HandlerRegistry registry)
    {
        CheckAccept(context.Request);
        var lenient = context.Request.Headers["Prefer"].ToString().Contains("handling=lenient", StringComparison.OrdinalIgnoreCase);
        var ignored = new List<string>();
        var values = await ParametersAsync(context);

        void Refuse(string parameter, string message)
        {
            if (!lenient)
            {
                throw FhirException.BadRequest($"{parameter}: {message}", parameter);
            }

            ignored.Add($"{parameter} was ignored: {message}");
        }

        if (values.TryGetValue("_outputFormat", out var formats) && formats.Any(f => !NdjsonFormats.Contains(f)))
        {
            Refuse("_outputFormat", $"only NDJSON is exported ({string.Join(", ", NdjsonFormats)}), not '{string.Join(",", formats)}'.");
        }

        foreach (var name in Unsupported.Where(values.ContainsKey))
        {
            Refuse(name, "this server does not support it.");
        }

        var since = values.TryGetValue("_since", out var sinceValues) ? ParseSince(sinceValues) : null;
        var allowed = Allowed(level, registry);
        var access = context.RequestServices.GetRequiredService<AccessPolicy>();
        var types = Readable(allowed, access, level);
        if (values.TryGetValue("_type", out var asked))
        {
            foreach (var type in asked.Where(t => !allowed.Contains(t)))
            {
                Refuse("_type", $"'{type}' is not exported at the {level} level here.");
            }

            foreach (var type in asked.Where(t => allowed.Contains(t) && !access.Allows(t, ScopeInteraction.Read)))
            {
                throw access.Forbidden(type, ScopeInteraction.Read, $"exporting {type}");
            }

            types = asked.Where(allowed.Contains).Distinct(StringComparer.Ordinal).ToList();
        }

        List<string>? patients = null;
        if (values.TryGetValue("patient", out var patientValues))
        {
            if (!HttpMethods.IsPost(context.Request.Method) || level == ExportLevel.System)
            {
                Refuse("patient", "it is allowed only in a POST kick-off at the Patient or Group level.");
            }
            else
            {
                patients = patientValues.Select(PatientId).Distinct(StringComparer.Ordinal).ToList();
            }
        }

        if (level == ExportLevel.Group)
        {
            access.Demand("Group", ScopeInteraction.Read, "a Group export (it reads the Group)");
            patients = await MembersAsync(context.RequestServices, registry, groupId!, patients);
        }

        var filters = values.TryGetValue("_typeFilter", out var queries)
            ? await ExportTypeFilter.CheckAsync(queries, types, lenient, Refuse, context.RequestServices.GetRequiredService<FhirInteractions>(), context.RequestAborted)
            : [];
        return new ExportRequest(level, types, since, groupId, patients, ignored) { TypeFilters = filters };
    }

    private static void CheckAccept(HttpRequest request)
    {
        // Bulk Data 2.0.0 lets a client leave Accept out (assumed application/fhir+json); a different one is refused.
        var accept = request.Headers.Accept.ToString();
        if (accept.Length > 0 && !accept.Contains("json", StringComparison.OrdinalIgnoreCase) && !accept.Contains("*/*", StringComparison.Ordinal))
        {
            throw FhirException.BadRequest($"Accept: a kick-off answers in application/fhir+json, not '{accept}'.", "Accept");
        }
    }

    private static IReadOnlyList<string> Allowed(string level, HandlerRegistry registry)
    {
        var data = registry.Registrations
            .Where(r => r.Module != ConformanceServiceCollectionExtensions.PlatformModule)
            .Select(r => r.ResourceType);
        return level switch
        {
            ExportLevel.System => data.ToList(),
            _ => data.Where(ExportLevel.CompartmentTypes.Contains).ToList(),
        };
    }

    // The types exported are those the caller may read (r); a caller that may read none is refused.
    private static List<string> Readable(IReadOnlyList<string> allowed, AccessPolicy access, string level)
    {
        var readable = allowed.Where(t => access.Allows(t, ScopeInteraction.Read)).ToList();
        return readable.Count > 0 || allowed.Count == 0
            ? readable
            : throw FhirException.Forbidden($"The token may read none of the types a {level} export holds; it needs r (or v1 .read) on at least one.");
    }

    private static async Task<Dictionary<string, List<string>>> ParametersAsync(HttpContext context)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string name, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return;
            }

            if (!values.TryGetValue(name, out var list))
            {
                values[name] = list = [];
            }

            // Repeated parameters and comma-joined values are one list; a _typeFilter query keeps its commas.
            list.AddRange(name is "_typeFilter" or "_since" ? [value] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        foreach (var (name, list) in context.Request.Query)
        {
            foreach (var value in list)
            {
                Add(name, value);
            }
        }

        if (HttpMethods.IsPost(context.Request.Method) && OperationInput.HasBody(context.Request))
        {
            var body = await RequestBody.ReadResourceAsync(context, context.RequestAborted);
            if (body is not Parameters parameters)
            {
                throw FhirException.BadRequest($"The body of $export must be a Parameters resource, not a {body.TypeName}.");
            }

            foreach (var parameter in parameters.Parameter)
            {
                Add(parameter.Name ?? string.Empty, parameter.Value switch
                {
                    ResourceReference reference => reference.Reference,
                    Instant instant => instant.Value?.ToString("o", CultureInfo.InvariantCulture),
                    PrimitiveType primitive => primitive.ToString(),
                    _ => null,
                });
            }
        }

        return values;
    }

    private static DateTime? ParseSince(List<string> values) =>
        values.Count == 1
        && values[0].Contains('T', StringComparison.Ordinal)
        && DateTimeOffset.TryParse(values[0], CultureInfo.InvariantCulture, DateTimeStyles.None, out var since)
            ? since.UtcDateTime
            : throw FhirException.BadRequest($"_since must be one FHIR instant (e.g. 2024-01-01T00:00:00Z), not '{string.Join(",", values)}'.", "_since");

    private static string PatientId(string reference) =>
        reference.StartsWith("Patient/", StringComparison.Ordinal) && reference.Length > 8
            ? reference[8..]
            : throw FhirException.BadRequest($"patient: '{reference}' is not a Patient reference (Patient/<id>).", "patient");

    private static async Task<List<string>> MembersAsync(IServiceProvider services, HandlerRegistry registry, string groupId, List<string>? asked)
    {
        var group = (Group)await registry.Resolve<IReadHandler>(services, "Group").ReadAsync(groupId, CancellationToken.None);
        var members = group.Member
            .Select(m => m.Entity?.Reference)
            .OfType<string>()
            .Where(r => r.StartsWith("Patient/", StringComparison.Ordinal))
            .Select(r => r[8..])
            .ToList();
        if (asked is null)
        {
            return members;
        }

        var strangers = asked.Except(members, StringComparer.Ordinal).ToList();
        return strangers.Count == 0
            ? asked
            : throw FhirException.BadRequest($"patient: {string.Join(", ", strangers.Select(s => "Patient/" + s))} is not a member of Group/{groupId}.", "patient");
    }
}
