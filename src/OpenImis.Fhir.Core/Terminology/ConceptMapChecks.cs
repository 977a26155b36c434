using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Terminology;

/// <summary>What a ConceptMap needs before it can translate: the parser accepts maps that say nothing usable.</summary>
internal static class ConceptMapChecks
{
    public static void Check(ConceptMap map, string origin)
    {
        if (string.IsNullOrEmpty(map.Url))
        {
            throw new InvalidDataException($"{origin} has no url.");
        }

        if (map.Group.Count == 0)
        {
            throw new InvalidDataException($"{origin} has no group.");
        }

        foreach (var group in map.Group)
        {
            if (string.IsNullOrEmpty(group.Source) || string.IsNullOrEmpty(group.Target))
            {
                throw new InvalidDataException($"{origin} has a group without source or target system.");
            }

            foreach (var element in group.Element)
            {
                CheckElement(origin, element);
            }
        }
    }

    private static void CheckElement(string origin, ConceptMap.SourceElementComponent element)
    {
        if (string.IsNullOrEmpty(element.Code))
        {
            throw new InvalidDataException($"{origin} has an element without code.");
        }

        foreach (var target in element.Target)
        {
            if (target.Equivalence is null)
            {
                throw new InvalidDataException($"{origin}: the target of '{element.Code}' has no equivalence.");
            }

            var unmatched = target.Equivalence is ConceptMapEquivalence.Unmatched or ConceptMapEquivalence.Disjoint;
            if (!unmatched && string.IsNullOrEmpty(target.Code))
            {
                throw new InvalidDataException($"{origin}: the target of '{element.Code}' has no code.");
            }
        }
    }
}
