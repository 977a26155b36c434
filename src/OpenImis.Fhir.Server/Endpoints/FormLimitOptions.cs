using System.ComponentModel.DataAnnotations;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>Limits on form bodies (POST <c>[type]/_search</c>), bound to <c>Fhir:Form</c>; the body itself is held to <c>Fhir:MaxBodyBytes</c>.</summary>
internal sealed class FormLimitOptions
{
    public const string SectionName = "Fhir:Form";

    /// <summary>The most fields (name=value pairs) a form may have.</summary>
    [Range(1, 1_000_000)]
    public int MaxFields { get; set; } = 1000;

    /// <summary>The longest field value, in characters after decoding.</summary>
    [Range(1, int.MaxValue)]
    public int MaxValueLength { get; set; } = 65536;
}
