using OpenImis.Fhir.Core.Security;

namespace OpenImis.Fhir.Modules.Shared;

/// <summary>
/// The words for a district user's limit (<c>tblUsersDistricts</c>), which the handlers of location-bound types
/// apply in their <c>Scope</c> and name as their <c>CallerLimit</c>, so that a write outside it is refused.
/// </summary>
internal static class DistrictLimit
{
    /// <summary>Null when the caller is not limited to districts (no openIMIS user, or one without districts).</summary>
    public static string? Describe(FhirCaller caller) =>
        caller.DistrictIds is null
            ? null
            : $"the districts of the openIMIS user '{caller.UserName}' (tblUsersDistricts)";
}
