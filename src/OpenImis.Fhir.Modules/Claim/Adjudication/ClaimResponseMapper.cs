using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Claim.Adjudication;

/// <summary>
/// A claim (<c>tblClaim</c> with its current lines) as openimis-claim-response: the adjudication so far. The claim
/// helper's POST Claim answers with it too, so a plain read gives the full response (§1.8 of the workflow notes).
/// </summary>
internal sealed class ClaimResponseMapper(ClaimResponseCodes codes, ResourceReference insurer)
{
    public ClaimResponse ToFhir(ClaimRow claim, IReadOnlyList<ClaimLine> lines)
    {
        var response = new ClaimResponse
        {
            Identifier = IgIdentifiers.Of(claim.Code, claim),
            Status = FinancialResourceStatusCodes.Active,
            Type = VisitType(claim.VisitType),
            Use = ClaimUseCode.Claim,
            Patient = claim.Insuree is { } insuree ? FhirReferences.To("Patient", insuree.Uuid) : DataAbsent.UnknownReference(),
            CreatedElement = new FhirDateTime(Created(claim).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            Insurer = (ResourceReference)insurer.DeepCopy(),
            Requestor = claim.ClaimAdmin is { } admin ? FhirReferences.To("Practitioner", admin.Uuid) : DataAbsent.UnknownReference(),
            Request = FhirReferences.To("Claim", claim.Uuid),
            Outcome = Outcome(claim.Status),
        };
        if (!string.IsNullOrEmpty(claim.Adjustment))
        {
            response.ProcessNote.Add(new ClaimResponse.NoteComponent { Text = claim.Adjustment });
        }

        for (var i = 0; i < lines.Count; i++)
        {
            response.Item.Add(Item(claim.Status, lines[i], i + 1));
        }

        response.Total.AddRange(ClaimResponseTotals.Of(claim, lines));
        return response;
    }

    /// <summary>When the adjudication was last decided: the processing date once processed, else the claim date.</summary>
    public static DateOnly Created(ClaimRow claim) => claim.DateProcessed ?? claim.DateClaimed;

    /// <summary>The lines in the order a ClaimResponse numbers them: items, then services, each by id (entry order).</summary>
    public static List<ClaimLine> Ordered(IEnumerable<ClaimItem> items, IEnumerable<ClaimService> services) =>
        [.. items.OrderBy(l => l.Id), .. services.OrderBy(l => l.Id)];

    public static ResourceReference LineTarget(ClaimLine line) => line switch
    {
        ClaimItem { Item: { } item } => new ResourceReference($"Medication/{item.Uuid.ToLowerInvariant()}", item.Code),
        ClaimService { Service: { } service } => new ResourceReference($"ActivityDefinition/{service.Uuid.ToLowerInvariant()}", service.Code),
        _ => DataAbsent.UnknownReference(),
    };

    public static CodeableConcept Category(short status) => new(StatusSystem, status.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private const string StatusSystem = ClaimResponseCodes.StatusSystem;

    private ClaimResponse.ItemComponent Item(short claimStatus, ClaimLine line, int sequence)
    {
        var item = new ClaimResponse.ItemComponent { ItemSequence = sequence };
        item.Extension.Add(new Extension(ClaimResponseCodes.ItemReference, LineTarget(line)));
        var reason = Reason(line);
        foreach (var (category, amount, value) in ClaimResponseTotals.Adjudications(claimStatus, line))
        {
            item.Adjudication.Add(new ClaimResponse.AdjudicationComponent
            {
                Category = Category(category),
                Reason = (CodeableConcept)reason.DeepCopy(),
                Amount = new Money { Value = amount },
                Value = value,
            });
        }

        return item;
    }

    private CodeableConcept Reason(ClaimLine line)
    {
        var code = (line.RejectionReason ?? ClaimResponseCodes.Accepted).ToString(System.Globalization.CultureInfo.InvariantCulture);

        // A code the map does not know (upstream's -2, or an unused 18) is still shown as stored rather than hidden.
        var coding = codes.RejectionReason.Translate(code) ?? new Coding(ClaimResponseCodes.RejectionReasonSystem, code);
        return new CodeableConcept { Coding = [coding], Text = string.IsNullOrEmpty(line.Justification) ? null : line.Justification };
    }

    private ClaimProcessingCodes? Outcome(short status) =>
        codes.Outcome.Translate(status.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { Code: { } code }
            ? EnumUtility.ParseLiteral<ClaimProcessingCodes>(code)
            : null;

    private static CodeableConcept VisitType(string? visitType) => visitType is { Length: > 0 }
        ? new CodeableConcept(ClaimResponseCodes.VisitTypeSystem, visitType)
        : new CodeableConcept { Extension = [new Extension(DataAbsent.Reason, new Code("unknown"))] };
}
