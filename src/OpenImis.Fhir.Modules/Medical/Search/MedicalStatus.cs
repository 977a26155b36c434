using System.Linq.Expressions;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Modules.Medical.Search;

/// <summary>
/// The status token of items and services: every live row is <c>active</c> (deleted rows are not searched), so
/// <c>active</c> matches all and any other status none.
/// </summary>
internal static class MedicalStatus
{
    private const string Active = "active";

    public static Expression<Func<T, bool>> Match<T>(TokenValue token) =>
        token.Code is null or Active ? Predicates.True<T>() : Predicates.False<T>();
}
