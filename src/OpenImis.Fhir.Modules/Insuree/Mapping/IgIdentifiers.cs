using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Modules.Insuree.Mapping;

/// <summary>The IG's identifiers: no system, a type coding from openimis-identifiers (<c>Code</c> or <c>UUID</c>).</summary>
internal static class IgIdentifiers
{
    public const string Code = "Code";
    public const string Uuid = "UUID";

    public static Identifier Create(string typeCode, string value) => new()
    {
        Type = new CodeableConcept(OpenImisIg.IdentifierTypeSystem, typeCode),
        Value = value,
    };

    /// <summary>The value of the first identifier whose type carries <paramref name="typeCode"/>.</summary>
    public static string? Find(IEnumerable<Identifier> identifiers, string typeCode) =>
        identifiers.FirstOrDefault(i => HasType(i, typeCode))?.Value;

    public static bool HasType(Identifier identifier, string typeCode) =>
        identifier.Type?.Coding.Any(c => c.Code == typeCode && (c.System is null || c.System == OpenImisIg.IdentifierTypeSystem)) == true;
}
