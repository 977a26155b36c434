using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using FhirClaim = Hl7.Fhir.Model.Claim;

namespace OpenImis.Fhir.IntegrationTests.ClaimSubmission;

/// <summary>Builds the Claims the tests submit and reads back what the submission stored.</summary>
internal static class TestClaims
{
    private const string Base = "https://openimis.github.io/openimis_fhir_r4_ig";

    public static FhirClaim Build(ClaimPlace place, TestInsuree insuree, string code, DateOnly from, DateOnly? to, DateOnly created, params (TestMedical Medical, decimal Quantity)[] lines)
    {
        var claim = new FhirClaim
        {
            Meta = new Meta { Profile = [Base + "/StructureDefinition/openimis-claim"] },
            Identifier = [new Identifier { Type = new CodeableConcept(Base + "/CodeSystem/openimis-identifiers", "Code"), Value = code }],
            Status = FinancialResourceStatusCodes.Active,
            Type = new CodeableConcept(Base + "/CodeSystem/claim-visit-type", "O"),
            Use = ClaimUseCode.Claim,
            Patient = new ResourceReference($"Patient/{insuree.Uuid.ToLowerInvariant()}"),
            BillablePeriod = new Period(new FhirDateTime(Day(from)), to is { } end ? new FhirDateTime(Day(end)) : null),
            Created = Day(created),
            Enterer = new ResourceReference($"Practitioner/{place.AdminUuid.ToLowerInvariant()}"),
            Provider = new ResourceReference($"Organization/{place.FacilityUuid.ToLowerInvariant()}"),
            Priority = new CodeableConcept("http://terminology.hl7.org/CodeSystem/processpriority", "normal"),
            Diagnosis = [new FhirClaim.DiagnosisComponent { Sequence = 1, Diagnosis = new CodeableConcept(Base + "/CodeSystem/diagnosis-ICD10-level1", place.DiagnosisCode) }],
            Insurance = [new FhirClaim.InsuranceComponent { Sequence = 1, Focal = true, Coverage = new ResourceReference { Display = "the insuree's policy" } }],
            Total = new Money { Value = lines.Sum(l => l.Quantity * 10m), Currency = Money.Currencies.EUR },
        };
        foreach (var (medical, quantity) in lines)
        {
            var category = medical.IsService ? "service" : "item";
            var item = new FhirClaim.ItemComponent
            {
                Sequence = claim.Item.Count + 1,
                Category = new CodeableConcept(Base + "/CodeSystem/claim-item-category", category) { Text = category },
                ProductOrService = new CodeableConcept { Text = medical.Code },
                Quantity = new Quantity { Value = quantity },
                UnitPrice = new Money { Value = 10m, Currency = Money.Currencies.EUR },
            };
            item.Extension.Add(new Extension(Base + "/StructureDefinition/claim-item-reference",
                new ResourceReference($"{(medical.IsService ? "ActivityDefinition" : "Medication")}/{medical.Uuid}")));
            claim.Item.Add(item);
        }

        return claim;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, FhirClaim claim) =>
        await client.PostAsync("/fhir/Claim", FhirHttp.Body(claim));

    /// <summary>The live claim's status and rejection reason, and its lines' reasons in line order, items first.</summary>
    public static async Task<StoredClaim> StoredAsync(string connectionString, string code)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            """
            SELECT c."ClaimID", c."ClaimStatus", coalesce(c."RejectionReason", 0), c."Approved", c."ClaimCategory",
                   (SELECT count(*) FROM "tblClaim" h WHERE h."LegacyID" = c."ClaimID"),
                   (SELECT count(*) FROM "tblClaimDedRem" d WHERE d."ClaimID" = c."ClaimID")
            FROM "tblClaim" c WHERE c."ClaimCode" = @code AND c."ValidityTo" IS NULL
            """, connection);
        command.Parameters.AddWithValue("code", code);
        int id;
        StoredClaim stored;
        await using (var reader = await command.ExecuteReaderAsync())
        {
            Assert.True(await reader.ReadAsync(), $"No live claim {code}.");
            id = reader.GetInt32(0);
            stored = new StoredClaim(reader.GetInt16(1), reader.GetInt16(2), reader.IsDBNull(3) ? null : reader.GetDecimal(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt64(5), reader.GetInt64(6), []);
        }

        await using var lines = new Npgsql.NpgsqlCommand(
            """
            SELECT coalesce("RejectionReason", 0), "ClaimItemStatus", "ProdID", "PolicyID", 1 AS kind, "ClaimItemID" AS id FROM "tblClaimItems" WHERE "ClaimID" = @id
            UNION ALL
            SELECT coalesce("RejectionReason", 0), "ClaimServiceStatus", "ProdID", "PolicyID", 2, "ClaimServiceID" FROM "tblClaimServices" WHERE "ClaimID" = @id
            ORDER BY kind, id
            """, connection);
        lines.Parameters.AddWithValue("id", id);
        await using var lineReader = await lines.ExecuteReaderAsync();
        while (await lineReader.ReadAsync())
        {
            stored.Lines.Add(new StoredLine(lineReader.GetInt16(0), lineReader.GetInt16(1), lineReader.IsDBNull(2) ? null : lineReader.GetInt32(2), lineReader.IsDBNull(3) ? null : lineReader.GetInt32(3)));
        }

        return stored;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
