using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Adjudication;

/// <summary>What a claim-AI or a reviewer does to a ClaimResponse before sending it back.</summary>
internal static class AdjudicationClient
{
    public const string StatusSystem = "https://openimis.github.io/openimis_fhir_r4_ig/CodeSystem/claim-status";
    public const string ReasonSystem = "https://openimis.github.io/openimis_fhir_r4_ig/CodeSystem/claim-rejection-reasons";

    public static FhirClient Client(ServerFixture server) =>
        new("http://localhost/fhir", new FhirClientSettings { PreferredFormat = ResourceFormat.Json }, server.Factory.Server.CreateHandler());

    public static ClaimResponse.AdjudicationComponent Adjudicated(ClaimResponse response, int line, string category) =>
        response.Item[line].Adjudication.Single(a => a.Category.Coding[0].Code == category);

    /// <summary>Approves line <paramref name="line"/> (0-based) with a quantity and unit price (category 4).</summary>
    public static void Approve(ClaimResponse response, int line, decimal quantity, decimal price)
    {
        var adjudication = Adjudicated(response, line, "4");
        adjudication.Value = quantity;
        adjudication.Amount = new Money { Value = price };
    }

    /// <summary>Rejects line <paramref name="line"/> (0-based) with <paramref name="reason"/> (category 1).</summary>
    public static void Reject(ClaimResponse response, int line, string reason, string justification)
    {
        var entered = Adjudicated(response, line, "2");
        response.Item[line].Adjudication =
        [
            new ClaimResponse.AdjudicationComponent
            {
                Category = new CodeableConcept(StatusSystem, "1"),
                Reason = new CodeableConcept(ReasonSystem, reason) { Text = justification },
                Amount = (Money)entered.Amount!.DeepCopy(),
                Value = entered.Value,
            },
        ];
    }

    public static decimal? Total(ClaimResponse response, string category) =>
        response.Total.SingleOrDefault(t => t.Category.Coding[0].Code == category)?.Amount.Value;
}
