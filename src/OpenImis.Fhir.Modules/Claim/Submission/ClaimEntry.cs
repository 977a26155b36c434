using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Claim.Mapping;
using OpenImis.Fhir.Modules.Shared;
using FhirClaim = Hl7.Fhir.Model.Claim;

namespace OpenImis.Fhir.Modules.Claim.Submission;

/// <summary>
/// Enters a submitted Claim (§1.1 step 1 and 3 of the official module): every input check that refuses the claim
/// (4xx, nothing stored) runs here, then the row and its lines are filled as openIMIS enters them, Entered and
/// passed, with <c>Claimed</c> recomputed from the lines.
/// </summary>
internal sealed class ClaimEntry(ClaimReferences references, TimeProvider clock)
{
    private const int CodeLength = 50;

    public async System.Threading.Tasks.Task ApplyAsync(FhirClaim claim, ClaimRow row, int auditUserId, CancellationToken cancellationToken)
    {
        row.Code = ColumnLimits.Required(
            IgIdentifiers.Find(claim.Identifier, IgIdentifiers.Code) ?? IgIdentifiers.Find(claim.Identifier, "MR"), CodeLength, "Claim.identifier[Code].value");
        row.DateClaimed = Day(claim.CreatedElement?.Value, "Claim.created")
            ?? throw FhirException.Unprocessable("Claim.created is required.", "Claim.created");
        row.DateFrom = Day(claim.BillablePeriod?.Start, "Claim.billablePeriod.start")
            ?? throw FhirException.Unprocessable("Claim.billablePeriod.start is required.", "Claim.billablePeriod.start");
        row.DateTo = Day(claim.BillablePeriod?.End, "Claim.billablePeriod.end");
        CheckDates(row);
        row.VisitType = VisitType(claim);
        row.Insuree = await references.RequireAsync<Insuree.Data.Insuree>(claim.Patient, "Patient", "Claim.patient", i => i.ChfId, cancellationToken);
        row.HealthFacility = await references.RequireAsync<HealthFacility.Data.HealthFacility>(claim.Provider, "Organization", "Claim.provider", h => h.Code, cancellationToken);
        row.ClaimAdmin = await references.RequireAsync<ClaimAdministrator.Data.ClaimAdmin>(claim.Enterer, "Practitioner", "Claim.enterer", a => a.Code, cancellationToken);
        await DiagnosesAsync(claim, row, cancellationToken);
        row.Explanation = SupportingInfo(claim, ClaimFhir.Explanation);
        row.GuaranteeId = ColumnLimits.Fit(SupportingInfo(claim, ClaimFhir.Guarantee), 50, "Claim.supportingInfo[guarantee]");
        await LinesAsync(claim, row, auditUserId, cancellationToken);
        row.Status = ClaimCodes.StatusEntered;
        row.Claimed = row.Items.Sum(l => l.PriceAsked * l.QtyProvided) + row.Services.Sum(l => l.PriceAsked * l.QtyProvided);
        row.FeedbackStatus = ClaimCodes.ReviewIdle;
        row.ReviewStatus = ClaimCodes.ReviewIdle;
        row.RejectionReason = 0;
    }

    // Decision (README): an end before the start, or a visit after today, cannot be claimed; openIMIS's phone API refuses the first too.
    private void CheckDates(ClaimRow row)
    {
        if (row.DateTo is { } end && end < row.DateFrom)
        {
            throw FhirException.Unprocessable("Claim.billablePeriod: the end is before the start.", "Claim.billablePeriod.end");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if ((row.DateTo ?? row.DateFrom) > today)
        {
            throw FhirException.Unprocessable("Claim.billablePeriod: a visit in the future cannot be claimed.", "Claim.billablePeriod");
        }
    }

    private static string VisitType(FhirClaim claim)
    {
        var code = claim.Type?.Coding.FirstOrDefault()?.Code;
        return code is not null && ClaimFhir.VisitTypes.ContainsKey(code)
            ? code
            : throw FhirException.Unprocessable("Claim.type: the visit type E, R or O of claim-visit-type is required.", "Claim.type");
    }

    private async System.Threading.Tasks.Task DiagnosesAsync(FhirClaim claim, ClaimRow row, CancellationToken cancellationToken)
    {
        if (claim.Diagnosis.Count is 0 or > 5)
        {
            throw FhirException.Unprocessable("Claim.diagnosis: one main diagnosis and up to four more are required.", "Claim.diagnosis");
        }

        var ids = new List<int>();
        foreach (var (diagnosis, index) in claim.Diagnosis.OrderBy(d => d.Sequence ?? 0).Select((d, i) => (d, i)))
        {
            ids.Add(await references.DiagnosisAsync(diagnosis, $"Claim.diagnosis[{index}]", cancellationToken));
        }

        row.DiagnosisId = ids[0];
        row.Diagnosis1Id = ids.ElementAtOrDefault(1) is var d1 and > 0 ? d1 : null;
        row.Diagnosis2Id = ids.ElementAtOrDefault(2) is var d2 and > 0 ? d2 : null;
        row.Diagnosis3Id = ids.ElementAtOrDefault(3) is var d3 and > 0 ? d3 : null;
        row.Diagnosis4Id = ids.ElementAtOrDefault(4) is var d4 and > 0 ? d4 : null;
    }

    private async System.Threading.Tasks.Task LinesAsync(FhirClaim claim, ClaimRow row, int auditUserId, CancellationToken cancellationToken)
    {
        if (claim.Item.Count == 0)
        {
            throw FhirException.Unprocessable("Claim.item: a claim needs at least one item or service.", "Claim.item");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (item, index) in claim.Item.Select((item, i) => (item, i)))
        {
            var element = $"Claim.item[{index}]";
            var quantity = item.Quantity?.Value ?? throw FhirException.Unprocessable($"{element}.quantity.value is required.", $"{element}.quantity");
            var asked = item.UnitPrice?.Value;
            if (Category(item, element) == ClaimFhir.Item)
            {
                var medical = await MedicalAsync<Medical.Data.MedicalItem>(item, "Medication", element, cancellationToken);
                CheckMaximum(quantity, medical.MaximumAmount, medical.Code, element);
                row.Items.Add(Line(new ClaimItem { ItemId = medical.Id, Item = medical, Availability = true }, quantity, asked ?? medical.Price, now, auditUserId));
            }
            else
            {
                var medical = await MedicalAsync<Medical.Data.MedicalService>(item, "ActivityDefinition", element, cancellationToken);
                CheckMaximum(quantity, medical.MaximumAmount, medical.Code, element);
                row.Services.Add(Line(new ClaimService { ServiceId = medical.Id, Service = medical }, quantity, asked ?? medical.Price, now, auditUserId));
            }
        }
    }

    private static T Line<T>(T line, decimal quantity, decimal asked, DateTime now, int auditUserId)
        where T : ClaimLine
    {
        line.Status = ClaimCodes.LinePassed;
        line.QtyProvided = quantity;
        line.PriceAsked = asked;
        line.ValidityFrom = now;
        line.AuditUserId = auditUserId;
        return line;
    }

    // openIMIS's MaximumAmount is a quantity cap: a line over it refuses the whole claim.
    private static void CheckMaximum(decimal quantity, decimal? maximum, string code, string element)
    {
        if (maximum is { } max && quantity > max)
        {
            throw FhirException.Unprocessable($"{element}.quantity: {quantity} of '{code}' is more than its maximum {max}.", $"{element}.quantity");
        }
    }

    private static string Category(FhirClaim.ItemComponent item, string element)
    {
        var category = item.Category?.Coding.FirstOrDefault()?.Code ?? item.Category?.Text;
        return category is ClaimFhir.Item or ClaimFhir.Service
            ? category
            : throw FhirException.Unprocessable($"{element}.category must be item or service.", $"{element}.category");
    }

    // The claim-item-reference extension names the item or service, as upstream; without it the code in productOrService.text does.
    private async Task<T> MedicalAsync<T>(FhirClaim.ItemComponent item, string type, string element, CancellationToken cancellationToken)
        where T : class, IVersionedRow
    {
        var reference = item.GetExtensionValue<ResourceReference>(ClaimFhir.ItemReference);
        if (reference is not null)
        {
            return await references.RequireMedicalAsync<T>(reference, type, $"{element}.extension[itemReference]", Code<T>(), cancellationToken);
        }

        var code = item.ProductOrService?.Text
            ?? throw FhirException.Unprocessable($"{element}: the itemReference extension or productOrService.text with the code is required.", element);
        return await references.RequireMedicalAsync<T>(new ResourceReference { Identifier = new Identifier { Value = code } }, type, $"{element}.productOrService", Code<T>(), cancellationToken);
    }

    private static System.Linq.Expressions.Expression<Func<T, string?>> Code<T>()
    {
        var parameter = System.Linq.Expressions.Expression.Parameter(typeof(T), "m");
        return System.Linq.Expressions.Expression.Lambda<Func<T, string?>>(System.Linq.Expressions.Expression.Property(parameter, "Code"), parameter);
    }

    private static string? SupportingInfo(FhirClaim claim, string category) =>
        claim.SupportingInfo.FirstOrDefault(s => s.Category?.Coding.Any(c => c.Code == category) == true)?.Value is FhirString text ? text.Value : null;

    private static DateOnly? Day(string? value, string element)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? day
            : throw FhirException.Unprocessable($"{element}: '{value}' is not a full date.", element);
    }
}
