using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Rest;

namespace OpenImis.Fhir.Core.Security;

/// <summary>
/// The openIMIS user a write is stamped with (<c>AuditUserID</c>): the caller's mapped <c>tblUsers.UserID</c>, else
/// <c>Fhir:AuditUserId</c> (no auth, a token without a user, the server's own jobs). Read at the moment of the write,
/// so a context made before the caller was known still stamps the right user.
/// </summary>
public sealed class AuditUser(FhirCallerContext context, IOptionsMonitor<FhirServerOptions> options)
{
    /// <summary>The user id to write.</summary>
    public int Id => context.Caller.OpenImisUserId ?? options.CurrentValue.AuditUserId;
}
