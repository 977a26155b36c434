using System.Collections.Frozen;

namespace OpenImis.Fhir.Modules.Location.Cache;

/// <summary>Every location at one moment; never changed after it is built, so readers need no lock.</summary>
internal sealed class LocationSnapshot : ILocationLookup
{
    // openIMIS has four levels; a deeper chain can only be a cycle in bad data, which must not overflow the stack.
    private const int MaxDepth = 16;

    private readonly FrozenDictionary<int, LocationNode> _nodes;

    private LocationSnapshot(FrozenDictionary<int, LocationNode> nodes, DateTimeOffset loadedAt, long generation)
    {
        _nodes = nodes;
        LoadedAt = loadedAt;
        Generation = generation;
    }

    public DateTimeOffset LoadedAt { get; }

    /// <summary>The cache's write count when the load began: a snapshot loaded before a write committed is outdated.</summary>
    public long Generation { get; }

    public int Count => _nodes.Count;

    public static LocationSnapshot Build(IEnumerable<Data.Location> rows, DateTimeOffset loadedAt, long generation = 0)
    {
        var byId = rows.ToDictionary(r => r.Id);
        var nodes = new Dictionary<int, LocationNode>(byId.Count);
        foreach (var id in byId.Keys)
        {
            Node(id, byId, nodes, 0);
        }

        return new LocationSnapshot(nodes.ToFrozenDictionary(), loadedAt, generation);
    }

    public LocationNode? Find(int id) => _nodes.GetValueOrDefault(id);

    // Parents first, so that each node is created once with its final parent.
    private static LocationNode? Node(int id, Dictionary<int, Data.Location> rows, Dictionary<int, LocationNode> nodes, int depth)
    {
        if (nodes.TryGetValue(id, out var built))
        {
            return built;
        }

        if (!rows.TryGetValue(id, out var row))
        {
            return null;
        }

        var parent = row.ParentId is { } parentId && depth < MaxDepth ? Node(parentId, rows, nodes, depth + 1) : null;
        var node = new LocationNode
        {
            Id = row.Id,
            Uuid = row.Uuid,
            Code = row.Code,
            Name = row.Name,
            Type = row.Type,
            Parent = parent,
            IsLive = row.ValidityTo is null,
        };
        nodes[id] = node;
        return node;
    }
}
