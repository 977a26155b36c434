namespace OpenImis.Fhir.Modules.Claim.Submission.Rules;

/// <summary>
/// Frequency (code 5), decision §6.5: a line is refused when the same item or service was accepted for the insuree
/// less than <c>frequency</c> days before or after this claim's target date (the legacy |Δ| &lt; frequency), so a
/// late-submitted earlier visit counts as well as a later one.
/// </summary>
internal static class FrequencyWindow
{
    public static bool Rejects(short? frequency, DateOnly target, IEnumerable<DateOnly> acceptedTargets) =>
        frequency is > 0 && acceptedTargets.Any(previous => Math.Abs(previous.DayNumber - target.DayNumber) < frequency.Value);
}
