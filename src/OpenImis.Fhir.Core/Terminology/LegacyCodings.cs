using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Validation;

namespace OpenImis.Fhir.Core.Terminology;

/// <summary>
/// Reads coding systems spelled the way existing openIMIS clients spell them (the official openIMIS FHIR module
/// writes <c>CodeSystem/patient-profession</c> and <c>http://hl7.org/fhir/valueset-marital-status.html</c>) as the
/// guide's, through the ConceptMaps whose id starts with <c>legacy-</c>. Input only: the server emits the guide's
/// systems alone.
/// </summary>
public sealed class LegacyCodings
{
    /// <summary>The id prefix of the ConceptMaps that hold legacy spellings.</summary>
    public const string MapIdPrefix = "legacy-";

    private readonly Dictionary<(string System, string Code), (string System, string Code)> _targets = [];
    private readonly HashSet<string> _systems = new(StringComparer.Ordinal);

    /// <summary>Indexes the legacy maps of <paramref name="maps"/>; a code mapped twice fails the start-up.</summary>
    public LegacyCodings(ConceptMapStore maps)
    {
        foreach (var map in maps.All.Where(m => m.Id?.StartsWith(MapIdPrefix, StringComparison.Ordinal) == true))
        {
            // ConceptMapStore has checked that every group has both systems and every element and target a code.
            foreach (var group in map.Group)
            {
                _systems.Add(group.Source!);
                foreach (var element in group.Element)
                {
                    var target = element.Target.Single();
                    if (!_targets.TryAdd((group.Source!, element.Code!), (group.Target!, target.Code!)))
                    {
                        throw new InvalidDataException($"ConceptMap {map.Url} maps {group.Source}#{element.Code} twice.");
                    }
                }
            }
        }
    }

    /// <summary>
    /// Rewrites every coding of <paramref name="resource"/> that uses a legacy system into the guide's system and code,
    /// and returns a warning for each. A code the map does not know stays as sent, so that validation names it.
    /// </summary>
    public IReadOnlyList<OperationOutcome.IssueComponent> Normalise(Resource resource)
    {
        if (_systems.Count == 0)
        {
            return [];
        }

        var issues = new List<OperationOutcome.IssueComponent>();
        foreach (var element in ElementWalker.Descendants(resource).Where(e => e.Node is Coding))
        {
            var coding = (Coding)element.Node;
            if (coding.System is not { } system || !_systems.Contains(system) || coding.Code is not { } code
                || !_targets.TryGetValue((system, code), out var target))
            {
                continue;
            }

            coding.System = target.System;
            coding.Code = target.Code;
            issues.Add(Outcomes.Issue(
                OperationOutcome.IssueSeverity.Warning,
                OperationOutcome.IssueType.CodeInvalid,
                $"{element.Path}: '{system}#{code}' is an openIMIS backend spelling; read as '{target.System}#{target.Code}'. Send the guide's system.",
                element.Path));
        }

        return issues;
    }
}
