namespace OpenImis.Fhir.Core.Terminology;

/// <summary>Terminology settings, bound to <c>Fhir:Terminology</c>.</summary>
public sealed class TerminologyOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Fhir:Terminology";

    /// <summary>
    /// How long the codes read from an openIMIS lookup table are served before the table is read again; 0 reads it
    /// on every use.
    /// </summary>
    public int RefreshSeconds { get; set; } = 60;
}
