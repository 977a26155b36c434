using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Claim.Submission;

/// <summary>
/// Resolves what a submitted Claim points at, as the official converter does: a literal reference to the openIMIS
/// UUID, or a logical one whose identifier is the row's code (the CHFID for an insuree). An unknown target is a 422
/// naming the element: openIMIS then stores nothing.
/// </summary>
internal sealed class ClaimReferences(ImisDbContext db)
{
    public async Task<T> RequireAsync<T>(
        ResourceReference? reference, string type, string element, System.Linq.Expressions.Expression<Func<T, string?>> code, CancellationToken cancellationToken)
        where T : class, IVersionedRow
    {
        if (FhirReferences.IdOf(reference, type, element) is { } uuid)
        {
            return await db.RequireLiveRowAsync<T>(uuid, $"{type}/{uuid}", element, cancellationToken);
        }

        return await ByCodeAsync(reference, type, element, code, db.Set<T>().Where(e => e.ValidityTo == null), cancellationToken);
    }

    /// <summary>
    /// An item or service: a deleted one is found too (not a history copy), so that the rule engine rejects its line
    /// with code 1 as openIMIS does, where an unknown one refuses the claim.
    /// </summary>
    public async Task<T> RequireMedicalAsync<T>(
        ResourceReference reference, string type, string element, System.Linq.Expressions.Expression<Func<T, string?>> code, CancellationToken cancellationToken)
        where T : class, IVersionedRow
    {
        var rows = db.Set<T>().Where(e => e.LegacyId == null).OrderBy(e => e.ValidityTo == null ? 0 : 1);
        if (FhirReferences.IdOf(reference, type, element) is { } uuid)
        {
            return await rows.Where(Predicates.UuidEquals<T>(e => e.Uuid, uuid)).FirstOrDefaultAsync(cancellationToken)
                ?? throw FhirException.Unprocessable($"{element}: {type}/{uuid} does not exist.", element);
        }

        return await ByCodeAsync(reference, type, element, code, rows, cancellationToken);
    }

    private static async Task<T> ByCodeAsync<T>(
        ResourceReference? reference, string type, string element, System.Linq.Expressions.Expression<Func<T, string?>> code, IQueryable<T> rows, CancellationToken cancellationToken)
        where T : class, IVersionedRow
    {

        var value = reference?.Identifier?.Value
            ?? throw FhirException.Unprocessable($"{element} is required: a {type}/<openIMIS UUID> reference or an identifier with the code.", element);
        var parameter = code.Parameters[0];
        var equals = System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(
            System.Linq.Expressions.Expression.Equal(code.Body, System.Linq.Expressions.Expression.Constant(value, typeof(string))), parameter);
        return await rows.Where(equals).FirstOrDefaultAsync(cancellationToken)
            ?? throw FhirException.Unprocessable($"{element}: no {type} has the code '{value}'.", element);
    }

    public async Task<int> DiagnosisAsync(Hl7.Fhir.Model.Claim.DiagnosisComponent diagnosis, string element, CancellationToken cancellationToken)
    {
        var coding = (diagnosis.Diagnosis as CodeableConcept)?.Coding.FirstOrDefault()
            ?? throw FhirException.Unprocessable($"{element}: a diagnosisCodeableConcept with the ICD code is required.", element);
        var id = await db.Set<Medical.Data.Diagnosis>().Where(d => d.ValidityTo == null && d.Code == coding.Code)
            .Select(d => (int?)d.Id).FirstOrDefaultAsync(cancellationToken);
        return id ?? throw FhirException.Unprocessable($"{element}: '{coding.Code}' is not a known diagnosis code.", element);
    }
}
