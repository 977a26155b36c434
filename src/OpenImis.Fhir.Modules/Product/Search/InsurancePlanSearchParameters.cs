using System.Linq.Expressions;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Product.Search;

/// <summary>
/// The InsurancePlan search parameters over <c>tblProduct</c>. <c>status</c> is today against the validity, as on
/// read, so it is translated with the clock at search time.
/// </summary>
internal sealed class InsurancePlanSearchParameters(TimeProvider clock)
{
    private const string StatusSystem = "http://hl7.org/fhir/publication-status";

    public IReadOnlyList<SearchParameter<Data.Product>> All => field ??=
    [
        SearchParameters.Token<Data.Product>("identifier", "InsurancePlan.identifier", "The product code (Code) or UUID",
            t => IdentifierSearch.Match<Data.Product>(t, p => p.ProductCode, p => p.Uuid)),
        SearchParameters.Text<Data.Product>("name", "InsurancePlan.name", "A part of the product name", p => p.ProductName),
        SearchParameters.Token<Data.Product>("status", "InsurancePlan.status", "draft (not yet valid), active or retired (past its end)",
            Status),

        // R4 core has no search on coverageArea; a national product (LocationId NULL) refers to no Location.
        SearchParameters.Reference<Data.Product>("coverage-area", "InsurancePlan.coverageArea", "The region or district the product covers",
                r => r.Type is null or "Location"
                    ? Predicates.Through<Data.Product, Location.Data.Location>(p => p.Location!, Predicates.UuidEquals<Location.Data.Location>(l => l.Uuid, r.Id))
                    : Predicates.False<Data.Product>())
            .Referring("Location", p => p.Location != null ? p.Location.Uuid : null)
            .WithDefinition(OpenImisIg.Base + "/SearchParameter/InsurancePlan-coverage-area"),
    ];

    private Expression<Func<Data.Product, bool>> Status(TokenValue token)
    {
        if (token.System is { Length: > 0 } system && system != StatusSystem)
        {
            return Predicates.False<Data.Product>();
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var tomorrow = today.AddDays(1);
        return token.Code switch
        {
            null => Predicates.True<Data.Product>(),
            "draft" => p => p.DateFrom >= tomorrow,
            "active" => p => p.DateFrom < tomorrow && p.DateTo >= today,
            "retired" => p => p.DateTo < today,
            _ => Predicates.False<Data.Product>(),
        };
    }
}
