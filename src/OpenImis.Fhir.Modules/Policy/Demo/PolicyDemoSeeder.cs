using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Policy.Data;
using OpenImis.Fhir.Modules.Policy.Rules;
using OpenImis.Fhir.Modules.Product.Demo;

namespace OpenImis.Fhir.Modules.Policy.Demo;

/// <summary>
/// Policies for the demo families on the national product, with dates and values from the product's rules: most
/// Active and paid, some Idle (unpaid or underpaid), some Expired, and one Expired policy renewed (stage R). Rows are
/// valid from their enrolment date, so claims dated after it find them (§0.1).
/// </summary>
internal sealed class PolicyDemoSeeder : IDemoDataSeeder
{
    // Far from the seeds of the other modules' demo data, so that the demo's UUIDs are its own.
    private const int Seed = 1_000_050;

    public int Order => 50;

    public async Task SeedAsync(ImisDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.Set<PolicyRow>().AnyAsync(cancellationToken))
        {
            return;
        }

        var product = await db.Set<Product.Data.Product>()
            .FirstOrDefaultAsync(p => p.ProductCode == ProductDemoSeeder.NationalCode && p.ValidityTo == null, cancellationToken);
        if (product is null)
        {
            return;
        }

        var families = await db.Set<Family>().Where(f => f.ValidityTo == null).OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var members = (await db.Set<Insuree.Data.Insuree>().Where(i => i.ValidityTo == null && i.FamilyId != null).ToListAsync(cancellationToken))
            .ToLookup(i => i.FamilyId!.Value);
        var random = new Random(Seed);
        var receipts = 0;
        for (var i = 0; i < families.Count; i++)
        {
            var family = families[i];
            var covered = members[family.Id].OrderBy(m => m.Id).ToList();
            if (covered.Count == 0)
            {
                continue;
            }

            var kind = (DemoPolicyKind)(i % 6);
            var enrolled = kind == DemoPolicyKind.Expired ? today.AddMonths(-15) : today.AddDays(-20 - (10 * i));
            var policy = New(random, product, family.Id, covered, enrolled, PolicyCodes.StageNew, null, today);
            var paid = kind switch
            {
                DemoPolicyKind.Unpaid => 0m,
                DemoPolicyKind.Underpaid => Math.Round(policy.Value!.Value / 2, 2),
                _ => policy.Value!.Value,
            };
            if (paid > 0)
            {
                Pay(random, policy, paid, enrolled.AddDays(3), ++receipts);
            }

            if (kind == DemoPolicyKind.Expired)
            {
                policy.Status = PolicyCodes.StatusExpired;
            }

            db.Add(policy);
            if (kind == DemoPolicyKind.Expired && i == 2)
            {
                // The first expired family renewed the day after expiry and paid in full.
                var renewal = New(random, product, family.Id, covered, policy.ExpiryDate!.Value.AddDays(1), PolicyCodes.StageRenewal, policy.ExpiryDate, today);
                Pay(random, renewal, renewal.Value!.Value, renewal.EnrollDate, ++receipts);
                db.Add(renewal);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static PolicyRow New(
        Random random, Product.Data.Product product, int familyId, List<Insuree.Data.Insuree> covered, DateOnly enrolled, string stage, DateOnly? previousExpiry, DateOnly today)
    {
        var start = PolicyPeriod.StartDate(product, enrolled, stage);
        var expiry = PolicyPeriod.ExpiryDate(product, start);
        var counts = MemberCounts.Of(covered.Select(m => new PolicyMember(m.BirthDate, m.RelationshipId)), today, product.MemberCount);
        var from = Moment(enrolled);
        return new PolicyRow
        {
            Uuid = NewUuid(random),
            Stage = stage,
            Status = PolicyCodes.StatusIdle,
            Value = PolicyValue.Compute(product, counts, new PolicyTerms(stage, enrolled, start, previousExpiry)),
            EnrollDate = enrolled,
            StartDate = start,
            ExpiryDate = expiry,
            IsOffline = false,
            FamilyId = familyId,
            ProductId = product.Id,
            CreationDate = enrolled,
            ValidityFrom = from,
            AuditUserId = 0,
            Members = [.. covered.Select(m => new InsureePolicy
            {
                InsureeId = m.Id,
                EnrollmentDate = enrolled,
                StartDate = start,
                ExpiryDate = expiry,
                IsOffline = false,
                ValidityFrom = from,
            })],
        };
    }

    private static void Pay(Random random, PolicyRow policy, decimal amount, DateOnly payDate, int receipt)
    {
        policy.Premiums.Add(new Premium
        {
            Uuid = NewUuid(random),
            Amount = amount,
            Receipt = $"DEMO-{receipt:D4}",
            PayDate = payDate,
            PayType = PolicyCodes.PayTypeCash,
            IsPhotoFee = false,
            IsOffline = false,
            CreatedDate = payDate,
            ValidityFrom = Moment(payDate),
            AuditUserId = 0,
        });
        if (Payment.EffectiveDate(policy.Value ?? 0, 0, amount, false, payDate, policy.StartDate) is { } effective)
        {
            policy.Status = PolicyCodes.StatusActive;
            policy.EffectiveDate = effective;
            foreach (var member in policy.Members)
            {
                member.EffectiveDate = effective;
            }
        }
    }

    // Drawn from the seeded generator, so the demo's UUIDs are the same on every start.
    private static string NewUuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }

    private static DateTime Moment(DateOnly day) => day.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc);
}
