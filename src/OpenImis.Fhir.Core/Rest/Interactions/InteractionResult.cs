using System.Net;
using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Rest.Interactions;

/// <summary>
/// What an interaction answered: a status, the body (already shaped by <see cref="PreferReturn"/>), the resource whose
/// version goes into ETag and Last-Modified, and the Location of a created or updated version.
/// </summary>
public sealed record InteractionResult(HttpStatusCode Status, Resource? Body, Resource? VersionOf = null, string? Location = null)
{
    /// <summary>How many resources the answer carries, for observers (the OpenHIM mediator response).</summary>
    public int? Count => Body switch
    {
        Bundle bundle => bundle.Total ?? bundle.Entry.Count,
        null => null,
        _ => 1,
    };
}
