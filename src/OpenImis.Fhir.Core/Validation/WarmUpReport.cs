namespace OpenImis.Fhir.Core.Validation;

/// <summary>
/// What warming the validator cost: indexing the core specification, then compiling each profile (with what it
/// uses: extensions, value sets) by validating a sample against it.
/// </summary>
public sealed record WarmUpReport(TimeSpan SpecificationIndex, IReadOnlyList<(string Profile, TimeSpan Time)> Profiles)
{
    /// <summary>The whole warm-up.</summary>
    public TimeSpan Total => SpecificationIndex + Profiles.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Time);
}
