using System.Security.Cryptography;
using System.Text;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>
/// The legacy OpenHIM token math (core src/protocols/token.js). The core compares the token as a
/// string, so the hex must be lower case like Node's digest('hex'), and the hash input UTF-8.
/// </summary>
internal static class OpenHimToken
{
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>The password hash the core stores: sha512(salt + password).</summary>
    public static string HashPassword(string salt, string password) => Sha512Hex(salt + password);

    /// <summary>The per-request token: sha512(passwordHash + requestSalt + timestamp).</summary>
    public static string Sign(string passwordHash, string requestSalt, string timestamp) =>
        Sha512Hex(passwordHash + requestSalt + timestamp);

    public static string FormatTimestamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(TimestampFormat, System.Globalization.CultureInfo.InvariantCulture);

    private static string Sha512Hex(string text) => Convert.ToHexStringLower(SHA512.HashData(Encoding.UTF8.GetBytes(text)));
}
