using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
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

        var value = reference?.Identifier?.Value
            ?? throw FhirException.Unprocessable($"{element} is required: a {type}/<openIMIS UUID> reference or an identifier with the code.", element);
        var parameter = code.Parameters[0];
        var equals = System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(
            System.Linq.Expressions.Expression.Equal(code.Body, System.Linq.Expressions.Expression.Constant(value, typeof(string))), parameter);
        return await db.Set<T>().Where(e => e.ValidityTo == null).Where(equals).FirstOrDefaultAsync(cancellationToken)
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
