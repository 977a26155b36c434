namespace OpenImis.Fhir.Modules.Location.Demo;

/// <summary>
/// Version-4-shaped UUIDs drawn from a seeded <see cref="Random"/>, so that demo and synthetic rows keep the
/// same resource ids from one run to the next (Guid.NewGuid would change every id on every re-seed).
/// </summary>
internal static class DemoUuid
{
    public static string Next(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return string.Create(36, hex, static (span, h) =>
        {
            h.AsSpan(0, 8).CopyTo(span);
            span[8] = '-';
            h.AsSpan(8, 4).CopyTo(span[9..]);
            span[13] = '-';
            h.AsSpan(12, 4).CopyTo(span[14..]);
            span[18] = '-';
            h.AsSpan(16, 4).CopyTo(span[19..]);
            span[23] = '-';
            h.AsSpan(20, 12).CopyTo(span[24..]);
        });
    }
}
