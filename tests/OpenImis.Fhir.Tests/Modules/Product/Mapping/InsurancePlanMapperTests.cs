using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.Product.Mapping;
using OpenImis.Fhir.Modules.Shared;
using Location = OpenImis.Fhir.Modules.Location.Data.Location;
using ProductRow = OpenImis.Fhir.Modules.Product.Data.Product;

namespace OpenImis.Fhir.Tests.Modules.Product.Mapping;

public sealed class InsurancePlanMapperTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly Location Region = new() { Id = 7, Uuid = "11111111-2222-4333-8444-555555555555", Code = "R1", Name = "Kilima", Type = "R" };
    private static readonly InsurancePlanMapper Mapper =
        new(LocationSnapshot.Build([Region], DateTime.UnixEpoch), Money.Currencies.EUR);

    private static ProductRow Row() => new()
    {
        Id = 3,
        Uuid = "AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE",
        ProductCode = "RX01",
        ProductName = "Regional",
        DateFrom = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        DateTo = new DateTime(2027, 12, 31, 0, 0, 0, DateTimeKind.Utc),
        LumpSum = 1000m,
        Threshold = 3,
        MemberCount = 10,
        InsurancePeriod = 12,
        PremiumAdult = 100.5m,
        GracePeriod = 2,
        WaitingPeriod = 1,
        MaxInstallments = 3,
        StartCycle1 = "01-03",
        StartCycle2 = "01-07",
        RenewalDiscountPerc = 50,
        RenewalDiscountPeriod = 2,
        LocationId = Region.Id,
        ValidityFrom = new DateTime(2026, 1, 1, 8, 0, 0, DateTimeKind.Utc),
    };

    private static ProductRow RoundTrip(ProductRow row)
    {
        var back = new ProductRow();
        InsurancePlanMapper.ToEntity(Mapper.ToFhir(row, Today), back);
        return back;
    }

    [Fact]
    public void ToFhir_WritesCodeAndUuidIdentifiers_WhenRowIsLive()
    {
        var plan = Mapper.ToFhir(Row(), Today);
        Assert.Equal("RX01", IgIdentifiers.Find(plan.Identifier, IgIdentifiers.Code));
        Assert.Equal("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee", IgIdentifiers.Find(plan.Identifier, IgIdentifiers.Uuid));
    }

    [Theory]
    [InlineData(2025, 12, 31, PublicationStatus.Draft)]
    [InlineData(2026, 1, 1, PublicationStatus.Active)]
    [InlineData(2027, 12, 31, PublicationStatus.Active)]
    [InlineData(2028, 1, 1, PublicationStatus.Retired)]
    public void ToFhir_DerivesStatusFromValidity_WhenTodayMoves(int year, int month, int day, PublicationStatus expected) =>
        Assert.Equal(expected, Mapper.ToFhir(Row(), new DateOnly(year, month, day)).Status);

    [Fact]
    public void ToFhir_RefersToTheRegion_WhenProductHasALocation() =>
        Assert.Equal("Location/11111111-2222-4333-8444-555555555555", Mapper.ToFhir(Row(), Today).CoverageArea.Single().Reference);

    [Fact]
    public void ToFhir_ShowsNationalDisplayOnly_WhenProductHasNoLocation()
    {
        var row = Row();
        row.LocationId = null;
        var area = Mapper.ToFhir(row, Today).CoverageArea.Single();
        Assert.Null(area.Reference);
        Assert.Equal(InsurancePlanMapper.NationalDisplay, area.Display);
    }

    [Fact]
    public void ToFhir_WritesMaxInstallmentsZero_WhenColumnIsEmpty()
    {
        var row = Row();
        row.MaxInstallments = null;
        var value = Mapper.ToFhir(row, Today).GetExtension(OpenImisIg.InsurancePlanMaxInstallments)!.Value;
        Assert.Equal(0, ((UnsignedInt)value).Value);
    }

    [Fact]
    public void ToEntity_RestoresEveryMappedColumn_WhenRoundTripped()
    {
        var back = RoundTrip(Row());
        var row = Row();
        Assert.Equal(
            (row.ProductCode, row.ProductName, row.DateFrom, row.DateTo, row.LumpSum, row.Threshold, row.MemberCount, row.InsurancePeriod),
            (back.ProductCode, back.ProductName, back.DateFrom, back.DateTo, back.LumpSum, back.Threshold, back.MemberCount, back.InsurancePeriod));
        Assert.Equal(
            (row.PremiumAdult, row.PremiumChild, row.GracePeriod, row.WaitingPeriod, row.GracePeriodRenewal, row.AdministrationPeriod, row.MaxInstallments),
            (back.PremiumAdult, back.PremiumChild, back.GracePeriod, back.WaitingPeriod, back.GracePeriodRenewal, back.AdministrationPeriod, back.MaxInstallments));
        Assert.Equal(
            (row.StartCycle1, row.StartCycle2, row.StartCycle3, row.RenewalDiscountPerc, row.RenewalDiscountPeriod, row.EnrolmentDiscountPerc),
            (back.StartCycle1, back.StartCycle2, back.StartCycle3, back.RenewalDiscountPerc, back.RenewalDiscountPeriod, back.EnrolmentDiscountPerc));
    }

    [Fact]
    public void ToEntity_Answers422_WhenCodeIsLongerThanEightCharacters()
    {
        var plan = Mapper.ToFhir(Row(), Today);
        plan.Identifier.First(i => IgIdentifiers.HasType(i, IgIdentifiers.Code)).Value = "TOOLONGCODE";
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity,
            Assert.Throws<FhirException>(() => InsurancePlanMapper.ToEntity(plan, new ProductRow())).Status);
    }

    [Fact]
    public void ToEntity_Answers422_WhenPeriodEndsBeforeItStarts()
    {
        var plan = Mapper.ToFhir(Row(), Today);
        plan.Period = new Period(new FhirDateTime("2026-01-02"), new FhirDateTime("2026-01-01"));
        Assert.Throws<FhirException>(() => InsurancePlanMapper.ToEntity(plan, new ProductRow()));
    }

    [Fact]
    public void ToEntity_Answers422_WhenCycleStartIsNoDayAndMonth()
    {
        var plan = Mapper.ToFhir(Row(), Today);
        plan.Extension.Add(new Extension(OpenImisIg.InsurancePlanStartCycle, new FhirString("31-02")));
        Assert.Throws<FhirException>(() => InsurancePlanMapper.ToEntity(plan, new ProductRow()));
    }

    [Fact]
    public void ToEntity_Answers422_WhenLumpSumIsMissing()
    {
        var plan = Mapper.ToFhir(Row(), Today);
        plan.Plan[0].GeneralCost.RemoveAt(0);
        Assert.Throws<FhirException>(() => InsurancePlanMapper.ToEntity(plan, new ProductRow()));
    }

    [Fact]
    public void ToEntity_Answers422_WhenDiscountPercentageIsFractional()
    {
        var plan = Mapper.ToFhir(Row(), Today);
        plan.GetExtension(OpenImisIg.InsurancePlanRenewalDiscount)!.GetExtension("Percentage")!.Value = new FhirDecimal(12.5m);
        Assert.Throws<FhirException>(() => InsurancePlanMapper.ToEntity(plan, new ProductRow()));
    }
}
