using System.Globalization;
using Microsoft.Extensions.Configuration;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Core.Security;

namespace OpenImis.Fhir.Modules.Users.Rights;

/// <summary>
/// Which openIMIS right (<c>tblRoleRight.RightID</c>) each FHIR interaction needs, following the checks of
/// openIMIS's own FHIR module (<c>api_fhir_r4/permissions.py</c>) with the default right ids of the modules it
/// aliases (<c>DEFAULT_CFG</c> of insuree, policy, claim, product, medical, location, core). Read and search need
/// the view right, patch the update right. A deployment that changed ids in openIMIS sets them here too
/// (<c>Fhir:Modules:Users:Rights:{Type}:{View|Create|Update|Delete}</c>, comma-separated). A type absent from the
/// table is not narrowed (the platform's conformance and terminology resources).
/// </summary>
internal sealed class OpenImisRights
{
    private static readonly string[] KindNames = ["View", "Create", "Update", "Delete"];

    private readonly Dictionary<string, TypeRights> _byType;

    private OpenImisRights(Dictionary<string, TypeRights> byType) => _byType = byType;

    /// <summary>openIMIS's defaults.</summary>
    public static IReadOnlyDictionary<string, TypeRights> Defaults { get; } = new Dictionary<string, TypeRights>(StringComparer.Ordinal)
    {
        ["Patient"] = new([101101], [101102], [101103], [101104]),
        ["Group"] = new([101001], [101002], [101003], [101004]),
        ["Contract"] = new([101201], [101202], [101203], [101204]),
        ["Coverage"] = new([101201], [101202], [101203], [101204]),
        ["CoverageEligibilityRequest"] = new([101201], [101201], [], []),
        ["Claim"] = new([111001], [111002, 111007], [111010], [111004]),
        ["ClaimResponse"] = new([111001], [111010], [111010], [111004]),
        ["Communication"] = new([111001], [111009], [111009], [111010]),
        ["CommunicationRequest"] = new([111001], [111009], [111009], [111010]),
        ["InsurancePlan"] = new([121001], [121002], [121003], [121004]),
        ["Practitioner"] = new([121601, 121501], [121602, 121502], [121603, 121503], [121604, 121504]),
        ["PractitionerRole"] = new([121601, 121501], [121602, 121502], [121603, 121503], [121604, 121504]),
        ["Organization"] = new([], [121102], [121103], [121104]),
        ["Location"] = new([], [121902], [121903], [121904]),
        ["Medication"] = new([], [122102], [122103], [122104]),
        ["ActivityDefinition"] = new([], [121402], [121403], [121404]),
    };

    /// <summary>The defaults with the configured overrides (<c>Rights:{Type}:{Kind}</c> of the module's section).</summary>
    public static OpenImisRights From(IConfiguration moduleConfiguration)
    {
        var table = new Dictionary<string, TypeRights>(Defaults, StringComparer.Ordinal);
        foreach (var type in moduleConfiguration.GetSection("Rights").GetChildren())
        {
            var rights = table.GetValueOrDefault(type.Key, TypeRights.Open);
            int[] Read(string kind, int[] current) =>
                type[kind] is { } text ? Parse(text, $"Fhir:Modules:Users:Rights:{type.Key}:{kind}") : current;
            foreach (var kind in type.GetChildren().Select(c => c.Key).Where(k => !KindNames.Contains(k, StringComparer.Ordinal)))
            {
                throw new ModuleConfigurationException(
                    $"Fhir:Modules:Users:Rights:{type.Key}:{kind} is not a setting: use {string.Join(", ", KindNames)}.");
            }

            table[type.Key] = new TypeRights(
                Read("View", rights.View), Read("Create", rights.Create), Read("Update", rights.Update), Read("Delete", rights.Delete));
        }

        return new OpenImisRights(table);
    }

    /// <summary>Every right the table names: what the administrator of a database this server creates is given.</summary>
    public IReadOnlyList<int> All => _byType.Values
        .SelectMany(r => r.View.Concat(r.Create).Concat(r.Update).Concat(r.Delete))
        .Distinct().Order().ToList();

    /// <summary>The interactions on <paramref name="resourceType"/> that a user holding <paramref name="held"/> may do.</summary>
    public ScopeInteraction Permitted(string resourceType, IReadOnlySet<int> held)
    {
        if (!_byType.TryGetValue(resourceType, out var rights))
        {
            return ScopeInteraction.All;
        }

        var permitted = ScopeInteraction.None;
        foreach (var (needed, interaction) in Kinds(rights))
        {
            if (needed.Length == 0 || needed.Any(held.Contains))
            {
                permitted |= interaction;
            }
        }

        return permitted;
    }

    /// <summary>The rights that would allow <paramref name="interactions"/> on <paramref name="resourceType"/>, for a refusal's text.</summary>
    public IReadOnlyList<int> Needed(string resourceType, ScopeInteraction interactions) =>
        _byType.TryGetValue(resourceType, out var rights)
            ? Kinds(rights).Where(k => (k.Interaction & interactions) != 0).SelectMany(k => k.Rights).Distinct().ToList()
            : [];

    private static (int[] Rights, ScopeInteraction Interaction)[] Kinds(TypeRights rights) =>
    [
        (rights.View, ScopeInteraction.Read | ScopeInteraction.Search),
        (rights.Create, ScopeInteraction.Create),
        (rights.Update, ScopeInteraction.Update),
        (rights.Delete, ScopeInteraction.Delete),
    ];

    private static int[] Parse(string text, string key)
    {
        var rights = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            rights.Add(int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var right)
                ? right
                : throw new ModuleConfigurationException($"{key}: '{part}' is not an openIMIS right id (a number such as 101101)."));
        }

        return [.. rights];
    }
}
