using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Terminology;

/// <summary>The guide's CodeSystem with a table's rows as its concepts.</summary>
internal static class CodeSystemOverlay
{
    /// <summary>
    /// A copy of <paramref name="guide"/> whose concepts are <paramref name="rows"/>; the guide's own definition and
    /// designations are kept for a code it shares. No rows (a table left empty) keep the guide's list.
    /// </summary>
    public static CodeSystem Apply(CodeSystem guide, IReadOnlyList<DatabaseConcept> rows, string table)
    {
        if (rows.Count == 0)
        {
            return guide;
        }

        var copy = (CodeSystem)guide.DeepCopy();
        copy.Concept = [.. rows.Select(row => Concept(guide, row))];
        copy.Content = CodeSystemContentMode.Complete;
        copy.Count = rows.Count;
        // The guide's narrative lists the guide's codes; it would contradict the served ones.
        copy.Text = new Narrative
        {
            Status = Narrative.NarrativeStatus.Generated,
            Div = $"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>{rows.Count} codes, read from the openIMIS table {table}.</p></div>",
        };
        return copy;
    }

    private static CodeSystem.ConceptDefinitionComponent Concept(CodeSystem guide, DatabaseConcept row)
    {
        var concept = new CodeSystem.ConceptDefinitionComponent { Code = row.Code, Display = row.Display };
        if (CodeSystemLookup.Find(guide.Concept, row.Code) is { } known)
        {
            concept.Definition = known.Definition;
            concept.Designation = [.. known.Designation.Select(d => (CodeSystem.DesignationComponent)d.DeepCopy())];
        }

        return concept;
    }
}
