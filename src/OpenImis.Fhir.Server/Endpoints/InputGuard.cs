using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>
/// Refuses NUL (U+0000) under <c>/fhir</c> before anything reads the request: in the path, in query parameter names
/// and values, and in headers. No FHIR value may contain it, PostgreSQL rejects it in text, and a value that reaches
/// the database with it fails there instead of here. Form fields are checked where the form is read
/// (<see cref="FormBody"/>), request bodies where they are parsed.
/// </summary>
internal sealed class InputGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/fhir"))
        {
            Check(request.Path.Value, "The path");
            foreach (var (name, values) in request.Query)
            {
                Check(name, "A query parameter name");
                foreach (var value in values)
                {
                    Check(value, $"Query parameter '{Printable(name)}'");
                }
            }

            foreach (var (name, values) in request.Headers)
            {
                foreach (var value in values)
                {
                    Check(value, $"Header '{name}'");
                }
            }
        }

        return next(context);
    }

    /// <summary>Throws a 400 naming <paramref name="where"/> when <paramref name="text"/> holds NUL.</summary>
    public static void Check(string? text, string where)
    {
        if (text is not null && text.Contains('\0', StringComparison.Ordinal))
        {
            throw FhirException.BadRequest($"{where} contains a NUL character (U+0000), which no FHIR value may contain.");
        }
    }

    // Names quoted in a message must not carry the character the message is about.
    public static string Printable(string name) => name.Replace("\0", "\\0", StringComparison.Ordinal);
}
