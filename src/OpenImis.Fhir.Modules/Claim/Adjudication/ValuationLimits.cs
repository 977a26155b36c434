namespace OpenImis.Fhir.Modules.Claim.Adjudication;

/// <summary>
/// The deductible, ceiling and category cap that apply to one policy's lines of a claim, each with what the policy's
/// (or insuree's) other claims already used. A null or zero limit is no limit, as openIMIS reads it.
/// </summary>
internal sealed record ValuationLimits(
    decimal? Deductible,
    decimal DeductedBefore,
    decimal? Ceiling,
    decimal RemuneratedBefore,
    decimal? CategoryCap,
    decimal CategoryBefore)
{
    public static ValuationLimits None { get; } = new(null, 0, null, 0, null, 0);
}
