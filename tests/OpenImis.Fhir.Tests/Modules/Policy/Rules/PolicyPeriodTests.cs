using OpenImis.Fhir.Modules.Policy.Data;
using OpenImis.Fhir.Modules.Policy.Rules;
using ProductRow = OpenImis.Fhir.Modules.Product.Data.Product;

namespace OpenImis.Fhir.Tests.Modules.Policy.Rules;

public sealed class PolicyPeriodTests
{
    private static ProductRow Product(string? cycle1 = null, string? cycle2 = null, int grace = 0, int? renewalGrace = null, int? administration = null) => new()
    {
        InsurancePeriod = 12,
        StartCycle1 = cycle1,
        StartCycle2 = cycle2,
        GracePeriod = grace,
        GracePeriodRenewal = renewalGrace,
        AdministrationPeriod = administration,
    };

    [Fact]
    public void StartDate_IsEnrollDate_WhenProductHasNoCycles() =>
        Assert.Equal(new DateOnly(2026, 5, 17), PolicyPeriod.StartDate(Product(), new DateOnly(2026, 5, 17), PolicyCodes.StageNew));

    [Fact]
    public void StartDate_AddsAdministrationPeriod_WhenStageIsNew() =>
        Assert.Equal(new DateOnly(2026, 7, 17), PolicyPeriod.StartDate(Product(administration: 2), new DateOnly(2026, 5, 17), PolicyCodes.StageNew));

    [Fact]
    public void StartDate_IgnoresAdministrationPeriod_WhenStageIsRenewal() =>
        Assert.Equal(new DateOnly(2026, 5, 17), PolicyPeriod.StartDate(Product(administration: 2), new DateOnly(2026, 5, 17), PolicyCodes.StageRenewal));

    [Fact]
    public void StartDate_IsNextCycle_WhenNoGracePeriod() =>
        Assert.Equal(new DateOnly(2026, 7, 1), PolicyPeriod.StartDate(Product("01-01", "01-07"), new DateOnly(2026, 5, 17), PolicyCodes.StageNew));

    [Fact]
    public void StartDate_IsPassedCycle_WhenEnrolledWithinItsGracePeriod() =>
        Assert.Equal(new DateOnly(2026, 1, 1), PolicyPeriod.StartDate(Product("01-01", "01-07", grace: 2), new DateOnly(2026, 2, 10), PolicyCodes.StageNew));

    [Fact]
    public void StartDate_IsCycleOfNextYear_WhenEveryCycleOfTheYearPassed() =>
        Assert.Equal(new DateOnly(2027, 1, 1), PolicyPeriod.StartDate(Product("01-01", "01-07"), new DateOnly(2026, 9, 1), PolicyCodes.StageNew));

    [Fact]
    public void StartDate_IsCycleDate_WhenGraceEndsOnTheEnrollDate() =>
        Assert.Equal(new DateOnly(2026, 1, 1), PolicyPeriod.StartDate(Product("01-01", "01-07", grace: 1), new DateOnly(2026, 2, 1), PolicyCodes.StageNew));

    [Fact]
    public void StartDate_UsesRenewalGrace_WhenStageIsRenewal() =>
        Assert.Equal(new DateOnly(2026, 7, 1), PolicyPeriod.StartDate(Product("01-01", "01-07", grace: 3, renewalGrace: 0), new DateOnly(2026, 2, 10), PolicyCodes.StageRenewal));

    [Fact]
    public void ExpiryDate_IsDayBeforeInsurancePeriodEnds_WhenComputed() =>
        Assert.Equal(new DateOnly(2027, 6, 30), PolicyPeriod.ExpiryDate(Product(), new DateOnly(2026, 7, 1)));
}
