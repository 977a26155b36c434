using System.Net;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Tests.Modules.Insuree;

internal static class FhirAssert
{
    /// <summary>The action fails with a 422 whose outcome names <paramref name="expression"/>; returns the message.</summary>
    public static string Unprocessable(Action action, string expression)
    {
        var exception = Assert.Throws<FhirException>(action);
        Assert.Equal(
            (HttpStatusCode.UnprocessableEntity, expression),
            (exception.Status, exception.Outcome.Issue.Single().Expression.Single()));
        return exception.Message;
    }
}
