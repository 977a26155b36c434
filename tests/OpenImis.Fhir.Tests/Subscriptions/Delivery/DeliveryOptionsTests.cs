using System.ComponentModel.DataAnnotations;
using OpenImis.Fhir.Server.Subscriptions.Delivery;

namespace OpenImis.Fhir.Tests.Subscriptions.Delivery;

public sealed class DeliveryOptionsTests
{
    private static List<ValidationResult> Validate(DeliveryOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void Validate_Passes_WithTheDefaults()
    {
        Assert.Empty(Validate(new DeliveryOptions()));
    }

    [Fact]
    public void Validate_NamesTheCap_WhenItIsShorterThanTheBase()
    {
        var result = Assert.Single(Validate(new DeliveryOptions { BackoffBase = TimeSpan.FromSeconds(10), BackoffCap = TimeSpan.FromSeconds(5) }));

        Assert.Contains("BackoffCap", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Fails_WhenParallelismIsZero()
    {
        Assert.Contains(nameof(DeliveryOptions.Parallelism), Assert.Single(Validate(new DeliveryOptions { Parallelism = 0 })).MemberNames);
    }
}
