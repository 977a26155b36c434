using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Export;

/// <summary>
/// The caller of an export, kept on its row: the kick-off stores it, its jobs run as it (so the engine's searches
/// obey the same scopes), and only the same client may poll, cancel or download (Bulk Data: the status URL and the
/// files need the kick-off's token).
/// </summary>
internal static class ExportCaller
{
    /// <summary>Records the kick-off's caller on the job; an unrestricted caller (Auth:Mode none) leaves it null.</summary>
    public static void Stamp(ExportJob job, FhirCaller caller)
    {
        if (caller.IsUnrestricted)
        {
            return;
        }

        job.CallerClientId = Client(caller);
        job.CallerScopes = caller.Access.ToString();
        job.CallerUserId = caller.OpenImisUserId;
        job.CallerDistricts = caller.DistrictIds is { } districts
            ? string.Join(',', districts.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : null;
    }

    /// <summary>The caller a job of the export runs as.</summary>
    public static FhirCaller Of(ExportJob job) => job.CallerScopes is null
        ? FhirCaller.Unrestricted
        : new FhirCaller
        {
            ClientId = job.CallerClientId,
            Scopes = job.CallerScopes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            OpenImisUserId = job.CallerUserId,
            DistrictIds = job.CallerDistricts?.Split(',').Select(d => int.Parse(d, System.Globalization.CultureInfo.InvariantCulture)).ToList(),
        };

    /// <summary>404, as for an export that does not exist, unless <paramref name="caller"/> is the kick-off's client.</summary>
    public static void DemandOwner(ExportJob job, FhirCaller caller)
    {
        if (caller.IsUnrestricted)
        {
            return;
        }

        // Another client learns nothing, not even that the export exists.
        if (job.CallerScopes is null || !string.Equals(job.CallerClientId, Client(caller), StringComparison.Ordinal))
        {
            throw FhirException.NotFound($"There is no export {job.Id:N} (it was cancelled, or never existed).");
        }
    }

    // A token without a client id claim is told apart by its subject.
    private static string? Client(FhirCaller caller) => caller.ClientId ?? caller.Subject;
}
