using System.Net;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>
/// Reads an <c>application/x-www-form-urlencoded</c> body as ordered name/value pairs within the server's limits:
/// the body within <c>Fhir:MaxBodyBytes</c> (413, counted by <see cref="RequestBody"/>), at most
/// <c>Fhir:Form:MaxFields</c> fields and values of at most <c>Fhir:Form:MaxValueLength</c> characters (400), and no
/// NUL anywhere (400). ASP.NET Core's own form reading knows none of the server's limits and fails past its own
/// with an exception that answered 500.
/// </summary>
internal static class FormBody
{
    private const string UrlEncoded = "application/x-www-form-urlencoded";

    public static async Task<List<KeyValuePair<string, string>>> ReadAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (!context.Request.ContentType?.StartsWith(UrlEncoded, StringComparison.OrdinalIgnoreCase) ?? true)
        {
            throw FhirException.UnsupportedMediaType($"POST _search takes {UrlEncoded} parameters.");
        }

        var limits = context.RequestServices.GetRequiredService<IOptionsMonitor<FormLimitOptions>>().CurrentValue;
        var text = await RequestBody.ReadTextAsync(context, cancellationToken);

        // The reader's own limits are lifted: the ones above are checked here, with messages naming the settings.
        using var reader = new FormReader(text)
        {
            ValueCountLimit = int.MaxValue,
            KeyLengthLimit = int.MaxValue,
            ValueLengthLimit = int.MaxValue,
        };
        var pairs = new List<KeyValuePair<string, string>>();
        while (reader.ReadNextPair() is { } pair)
        {
            if (pairs.Count == limits.MaxFields)
            {
                throw TooCostly($"The form has more than {limits.MaxFields} fields (Fhir:Form:MaxFields).");
            }

            var name = InputGuard.Printable(pair.Key);
            if (pair.Key.Length > limits.MaxValueLength || pair.Value.Length > limits.MaxValueLength)
            {
                throw TooCostly($"Form field '{Shorten(name)}' is longer than {limits.MaxValueLength} characters (Fhir:Form:MaxValueLength).");
            }

            InputGuard.Check(pair.Key, "A form field name");
            InputGuard.Check(pair.Value, $"Form field '{name}'");
            pairs.Add(pair);
        }

        return pairs;
    }

    private static string Shorten(string name) => name.Length <= 64 ? name : name[..64] + "...";

    private static FhirException TooCostly(string message) =>
        new(HttpStatusCode.BadRequest, Outcomes.Error(OperationOutcome.IssueType.TooCostly, message));
}
