using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Server.Security;

namespace OpenImis.Fhir.Server.Export;

/// <summary>
/// The caller of an export, kept on its row (<see cref="StoredCaller"/>): the kick-off stores it, its jobs run as it
/// (so the engine's searches obey the same scopes), and only the same client may poll, cancel or download (Bulk Data:
/// the status URL and the files need the kick-off's token). Unlike a subscription, an export is a snapshot of what
/// the kick-off could see: its jobs do not read the user's rights again.
/// </summary>
internal static class ExportCaller
{
    /// <summary>Records the kick-off's caller on the job; an unrestricted caller (Auth:Mode none) leaves it null.</summary>
    public static void Stamp(ExportJob job, FhirCaller caller)
    {
        if (StoredCaller.From(caller) is not { } stored)
        {
            return;
        }

        job.CallerClientId = stored.ClientId;
        job.CallerScopes = stored.Scopes;
        job.CallerUserId = stored.UserId;
        job.CallerDistricts = stored.Districts;
    }

    /// <summary>The caller a job of the export runs as.</summary>
    public static FhirCaller Of(ExportJob job) => Stored(job)?.ToCaller() ?? FhirCaller.Unrestricted;

    /// <summary>404, as for an export that does not exist, unless <paramref name="caller"/> is the kick-off's client.</summary>
    public static void DemandOwner(ExportJob job, FhirCaller caller)
    {
        if (caller.IsUnrestricted)
        {
            return;
        }

        // Another client learns nothing, not even that the export exists.
        if (Stored(job) is not { } stored || !stored.IsSameClient(caller))
        {
            throw FhirException.NotFound($"There is no export {job.Id:N} (it was cancelled, or never existed).");
        }
    }

    private static StoredCaller? Stored(ExportJob job) => job.CallerScopes is null
        ? null
        : new StoredCaller(job.CallerClientId, job.CallerScopes, job.CallerUserId, null, job.CallerDistricts);
}
