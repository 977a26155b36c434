namespace OpenImis.Fhir.Core.State;

/// <summary>
/// How far the change detector has read openIMIS's tables (table <c>fhir.change_cursor</c>): every version that
/// became valid up to <see cref="Position"/> and committed is in the outbox.
/// </summary>
public sealed class ChangeCursor
{
    /// <summary>The cursor's name: one per detector (<c>database</c>).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The point in time read up to, UTC.</summary>
    public DateTime Position { get; set; }

    /// <summary>When a pass last moved it, UTC.</summary>
    public DateTime UpdatedAt { get; set; }
}
