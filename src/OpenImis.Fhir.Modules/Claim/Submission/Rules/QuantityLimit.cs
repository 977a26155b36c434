namespace OpenImis.Fhir.Modules.Claim.Submission.Rules;

/// <summary>
/// A product's quantity limit (code 16), decision §6.4: the limit (adult or child, NULL or negative means none)
/// must hold what the insuree already used in the policy period plus what this line asks; openIMIS's Python cut the
/// asked quantity silently, which a facility cannot see, so the line is refused instead.
/// </summary>
internal static class QuantityLimit
{
    public static bool Rejects(int? limit, decimal used, decimal requested) => limit is >= 0 && used + requested > limit.Value;
}
