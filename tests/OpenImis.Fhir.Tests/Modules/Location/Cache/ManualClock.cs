namespace OpenImis.Fhir.Tests.Modules.LocationCache;

/// <summary>A clock that moves only when the test says.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2024, 3, 1, 9, 30, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
