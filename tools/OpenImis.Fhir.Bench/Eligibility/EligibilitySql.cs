using System.Globalization;
using Npgsql;

namespace OpenImis.Fhir.Bench.Eligibility;

/// <summary>
/// The eligibility counters of the insuree's first covering policy by one hand-written PostgreSQL query: the same
/// definition as the server's (README decision on §6.9), as the floor of what computing them costs. The result is
/// the response's benefit codes and their values, in the response's spelling, for comparison.
/// </summary>
internal static class EligibilitySql
{
    private const string Query =
        """
        WITH ins AS (
            SELECT "InsureeID" AS id, "DOB" AS dob FROM "tblInsuree"
            WHERE "InsureeUUID" IN (lower(@uuid), upper(@uuid)) AND "ValidityTo" IS NULL LIMIT 1),
        cov AS (
            SELECT p."PolicyID" AS policy, p."ProdID" AS prod, ip."EffectiveDate" AS eff, COALESCE(ip."ExpiryDate", p."ExpiryDate") AS til
            FROM "tblInsureePolicy" ip JOIN "tblPolicy" p ON p."PolicyID" = ip."PolicyId"
            WHERE ip."InsureeID" = (SELECT id FROM ins) AND ip."ValidityTo" IS NULL AND ip."EffectiveDate" <= @today
              AND p."ValidityTo" IS NULL AND p."PolicyStatus" = 2 AND COALESCE(ip."ExpiryDate", p."ExpiryDate") >= @today
            ORDER BY p."StartDate", p."PolicyID" LIMIT 1),
        clm AS (
            SELECT c."ClaimID" AS claim, COALESCE(c."ClaimCategory", 'V') AS cat FROM "tblClaim" c, cov
            WHERE c."InsureeID" = (SELECT id FROM ins) AND c."ValidityTo" IS NULL AND c."ClaimStatus" > 2
              AND COALESCE(c."DateTo", c."DateFrom") BETWEEN cov.eff AND cov.til),
        cnt AS (SELECT cat, count(*) AS n FROM clm GROUP BY cat),
        rem AS (
            SELECT COALESCE(sum("RemConsult"), 0) AS c, COALESCE(sum("RemSurgery"), 0) AS s, COALESCE(sum("RemDelivery"), 0) AS d,
                   COALESCE(sum("RemHospitalization"), 0) AS h, COALESCE(sum("RemAntenatal"), 0) AS a
            FROM "tblClaimDedRem", cov WHERE "PolicyID" = cov.policy AND "InsureeID" = (SELECT id FROM ins) AND "ValidityTo" IS NULL),
        srv AS (
            SELECT ps."LimitNoAdult" AS lim, (SELECT COALESCE(sum(COALESCE(s."QtyApproved", s."QtyProvided")), 0) FROM "tblClaimServices" s
                WHERE s."ServiceID" = ps."ServiceID" AND s."ValidityTo" IS NULL AND s."ClaimServiceStatus" = 1 AND s."ClaimID" IN (SELECT claim FROM clm)) AS used
            FROM "tblProductServices" ps, cov
            WHERE ps."ProdID" = cov.prod AND ps."ValidityTo" IS NULL
              AND ps."ServiceID" = (SELECT "ServiceID" FROM "tblServices" WHERE "ServCode" = @service AND "ValidityTo" IS NULL LIMIT 1)),
        itm AS (
            SELECT pi."LimitNoAdult" AS lim, (SELECT COALESCE(sum(COALESCE(s."QtyApproved", s."QtyProvided")), 0) FROM "tblClaimItems" s
                WHERE s."ItemID" = pi."ItemID" AND s."ValidityTo" IS NULL AND s."ClaimItemStatus" = 1 AND s."ClaimID" IN (SELECT claim FROM clm)) AS used
            FROM "tblProductItems" pi, cov
            WHERE pi."ProdID" = cov.prod AND pi."ValidityTo" IS NULL
              AND pi."ItemID" = (SELECT "ItemID" FROM "tblItems" WHERE "ItemCode" = @item AND "ValidityTo" IS NULL LIMIT 1))
        SELECT
            GREATEST(0, p."MaxNoHospitalizaion" - COALESCE((SELECT n FROM cnt WHERE cat = 'H'), 0)),
            GREATEST(0, p."MaxNoVisits" - COALESCE((SELECT n FROM cnt WHERE cat = 'V'), 0)),
            GREATEST(0, p."MaxNoConsultation" - COALESCE((SELECT n FROM cnt WHERE cat = 'C'), 0)),
            GREATEST(0, p."MaxNoSurgery" - COALESCE((SELECT n FROM cnt WHERE cat = 'S'), 0)),
            GREATEST(0, p."MaxNoDelivery" - COALESCE((SELECT n FROM cnt WHERE cat = 'D'), 0)),
            GREATEST(0, p."MaxNoAntenatal" - COALESCE((SELECT n FROM cnt WHERE cat = 'A'), 0)),
            GREATEST(0, p."MaxAmountHospitalization" - rem.h), GREATEST(0, p."MaxAmountConsultation" - rem.c),
            GREATEST(0, p."MaxAmountSurgery" - rem.s), GREATEST(0, p."MaxAmountDelivery" - rem.d), GREATEST(0, p."MaxAmountAntenatal" - rem.a),
            (SELECT GREATEST(0, floor(lim - used)) FROM itm), (SELECT GREATEST(0, floor(lim - used)) FROM srv)
        FROM cov JOIN "tblProduct" p ON p."ProdID" = cov.prod, rem
        """;

    private static readonly string[] Codes =
    [
        "admissions_left", "visits_left", "consultations_left", "surgeries_left", "deliveries_left", "antenatal_left",
        "hospitalization_amount", "consultation_amount", "surgery_amount", "delivery_amount", "antenatal_amount", "item:item_left", "service:item_left",
    ];

    /// <summary>The counters by benefit code; NULL values (no limit) are left out, as the response leaves them out.</summary>
    public static async Task<SortedDictionary<string, string>> CountersAsync(
        NpgsqlDataSource dataSource, string insureeUuid, string itemCode, string serviceCode, DateOnly today, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Query);
        command.Parameters.AddWithValue("uuid", insureeUuid);
        command.Parameters.AddWithValue("today", today);
        command.Parameters.AddWithValue("item", itemCode);
        command.Parameters.AddWithValue("service", serviceCode);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return counters;
        }

        for (var i = 0; i < Codes.Length; i++)
        {
            if (!await reader.IsDBNullAsync(i, cancellationToken))
            {
                counters[Codes[i]] = Convert.ToDecimal(reader.GetValue(i), CultureInfo.InvariantCulture).ToString("0.##", CultureInfo.InvariantCulture);
            }
        }

        return counters;
    }
}
