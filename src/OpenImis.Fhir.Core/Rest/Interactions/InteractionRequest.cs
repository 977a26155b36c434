using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Rest.Patch;

namespace OpenImis.Fhir.Core.Rest.Interactions;

/// <summary>
/// One interaction, without HTTP: what an endpoint parsed from a request, or a batch/transaction entry. The
/// engine (<see cref="FhirInteractions"/>) runs it the same way whichever it came from.
/// </summary>
public sealed record InteractionRequest
{
    /// <summary>The interaction.</summary>
    public required InteractionKind Kind { get; init; }

    /// <summary>The resource type of the URL.</summary>
    public required string ResourceType { get; init; }

    /// <summary>The resource id of the URL, if any.</summary>
    public string? Id { get; init; }

    /// <summary>The version id of a vread.</summary>
    public string? VersionId { get; init; }

    /// <summary>The body of a create or update.</summary>
    public Resource? Resource { get; init; }

    /// <summary>The patch document of a patch.</summary>
    public PatchDocument? Patch { get; init; }

    /// <summary>
    /// Search parameters: of a search or history, or the criteria of a conditional update, patch or delete
    /// (<c>PUT [type]?criteria</c>).
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>>? Criteria { get; init; }

    /// <summary>If-Match: the version a write expects to replace.</summary>
    public string? IfMatch { get; init; }

    /// <summary>If-None-Exist: the criteria of a conditional create.</summary>
    public string? IfNoneExist { get; init; }

    /// <summary>If-None-Match of a read: a 304 when it names the current version.</summary>
    public string? IfNoneMatch { get; init; }

    /// <summary>If-Modified-Since of a read: a 304 when the resource did not change since.</summary>
    public DateTimeOffset? IfModifiedSince { get; init; }

    /// <summary>What a write answers with.</summary>
    public PreferReturn Return { get; init; } = PreferReturn.Representation;

    /// <summary><c>Prefer: handling=strict</c>: unknown search parameters are refused rather than ignored.</summary>
    public bool Strict { get; init; }

    /// <summary><c>_summary=count</c> on a search: the total only.</summary>
    public bool CountOnly { get; init; }

    /// <summary>The server's public base URL, for absolute URLs and for telling local references from remote ones.</summary>
    public required string BaseUrl { get; init; }
}
