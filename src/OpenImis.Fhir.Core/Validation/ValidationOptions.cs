namespace OpenImis.Fhir.Core.Validation;

/// <summary>Validation settings, bound to <c>Fhir:Validation</c> and read live (OpenHIM can change the mode).</summary>
public sealed class ValidationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Fhir:Validation";

    /// <summary>What create and update do with non-conforming resources.</summary>
    public ValidationMode Mode { get; set; } = ValidationMode.Warn;

    /// <summary>Whether to compile the served profiles in the background at start-up, so the first write does not pay for it.</summary>
    public bool WarmUp { get; set; } = true;
}
