namespace OpenImis.Fhir.Core.Validation;

/// <summary>A modifier extension the server does not understand, where it sits in the resource.</summary>
/// <param name="Path">The element's path, e.g. <c>Patient.contact[0].modifierExtension[0]</c>.</param>
/// <param name="Url">The extension's URL; null when it has none.</param>
public sealed record UnknownModifierExtension(string Path, string? Url);
