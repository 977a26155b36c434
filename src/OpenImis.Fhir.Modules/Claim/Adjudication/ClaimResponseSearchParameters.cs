using System.Globalization;
using System.Linq.Expressions;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Claim.Adjudication;

/// <summary>The ClaimResponse search parameters over <c>tblClaim</c>; outcome is read through the same ConceptMap as on read.</summary>
internal sealed class ClaimResponseSearchParameters(ClaimResponseCodes codes)
{
    private const string OutcomeSystem = "http://hl7.org/fhir/remittance-outcome";

    private static readonly short[] Statuses =
        [ClaimCodes.StatusRejected, ClaimCodes.StatusEntered, ClaimCodes.StatusChecked, ClaimCodes.StatusProcessed, ClaimCodes.StatusValuated];

    public IReadOnlyList<SearchParameter<ClaimRow>> All => field ??=
    [
        SearchParameters.Token<ClaimRow>("identifier", "ClaimResponse.identifier", "The claim code (Code) or UUID",
            t => IdentifierSearch.Match<ClaimRow>(t, c => c.Code, c => c.Uuid)),
        SearchParameters.Reference<ClaimRow>("patient", "ClaimResponse.patient", "The insuree the claim is for",
                r => r.Type is null or "Patient"
                    ? Predicates.Through<ClaimRow, Insuree.Data.Insuree>(c => c.Insuree!, Predicates.UuidEquals<Insuree.Data.Insuree>(i => i.Uuid, r.Id))
                    : Predicates.False<ClaimRow>())
            .Referring("Patient", c => c.Insuree != null ? c.Insuree.Uuid : null),

        // The response and its claim are one row: the claim referred to is the row itself.
        SearchParameters.Reference<ClaimRow>("request", "ClaimResponse.request", "The claim this response adjudicates",
                r => r.Type is null or "Claim" ? Predicates.UuidEquals<ClaimRow>(c => c.Uuid, r.Id) : Predicates.False<ClaimRow>())
            .Referring("Claim", c => c.Uuid),
        SearchParameters.Token<ClaimRow>("outcome", "ClaimResponse.outcome", "queued (entered), partial (checked, processed) or complete (valuated, rejected)",
            Outcome),
        SearchParameters.Date<ClaimRow>("created", "ClaimResponse.created", "The processing date, else the claim date",
            c => (DateOnly?)(c.DateProcessed ?? c.DateClaimed)),
    ];

    private Expression<Func<ClaimRow, bool>> Outcome(TokenValue token)
    {
        if (token.Code is null)
        {
            return Predicates.True<ClaimRow>();
        }

        if (token.System is { Length: > 0 } system && system != OutcomeSystem)
        {
            return Predicates.False<ClaimRow>();
        }

        var statuses = Statuses
            .Where(s => codes.Outcome.Translate(s.ToString(CultureInfo.InvariantCulture))?.Code == token.Code)
            .ToList();
        return c => statuses.Contains(c.Status);
    }
}
