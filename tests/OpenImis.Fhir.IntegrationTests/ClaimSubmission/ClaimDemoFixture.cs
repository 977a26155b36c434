using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Claim.Demo;
using OpenImis.Fhir.Modules.Policy.Data;

namespace OpenImis.Fhir.IntegrationTests.ClaimSubmission;

/// <summary>
/// A demo server whose start-up seeding wrote no claims (no demo policies on this branch); the fixture then gives
/// demo insurees active policies of the national product and runs the claim demo seeder again.
/// </summary>
public sealed class ClaimDemoFixture : ServerFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Database:SeedDemoData"] = "true" };

    internal int ClaimsBeforePolicies { get; private set; }

    protected override async Task SeedAsync(HttpClient client)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ImisDbContext>();
        ClaimsBeforePolicies = await db.Set<ClaimRow>().CountAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var product = await db.Set<Modules.Product.Data.Product>().FirstAsync(p => p.ProductCode == "NAT01" && p.ValidityTo == null);
        var insurees = await db.Set<Modules.Insuree.Data.Insuree>().Where(i => i.ValidityTo == null && i.FamilyId != null).OrderBy(i => i.Id).Take(3).ToListAsync();
        foreach (var insuree in insurees)
        {
            var policy = new PolicyRow
            {
                Uuid = Guid.NewGuid().ToString(), FamilyId = insuree.FamilyId!.Value, ProductId = product.Id, Stage = PolicyCodes.StageRenewal,
                Status = PolicyCodes.StatusActive, EnrollDate = today.AddMonths(-6), StartDate = today.AddMonths(-6), EffectiveDate = today.AddMonths(-6),
                ExpiryDate = today.AddMonths(6), Value = 100m, ValidityFrom = DateTime.UtcNow.AddMonths(-6), AuditUserId = 1,
                Members = [new InsureePolicy { InsureeId = insuree.Id, EnrollmentDate = today.AddMonths(-6), StartDate = today.AddMonths(-6),
                    EffectiveDate = today.AddMonths(-6), ExpiryDate = today.AddMonths(6), ValidityFrom = DateTime.UtcNow.AddMonths(-6), AuditUserId = 1 }],
            };
            db.Add(policy);
        }

        await db.SaveChangesAsync();
        var seeder = scope.ServiceProvider.GetServices<IDemoDataSeeder>().OfType<ClaimDemoSeeder>().Single();
        await seeder.SeedAsync(db, today, CancellationToken.None);
    }
}
