using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>
/// The key that signs access tokens: the operator's (<c>Auth:Smart:SigningKeyPath</c>, PEM or PFX), or else one
/// generated once and kept in the database. Never generated per start: tokens must outlive a restart, and every
/// process over one database must sign and validate with the same key.
/// </summary>
internal sealed class SigningKeySource(IServiceScopeFactory scopes, IOptions<SmartOptions> options, ILogger<SigningKeySource> logger) : IDisposable
{
    private const string DefaultName = "default";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SecurityKey? _key;

    /// <summary>The key; loads it on first use when start-up has not already done so.</summary>
    public SecurityKey Current => _key ?? LoadAsync(CancellationToken.None).GetAwaiter().GetResult();

    public async Task<SecurityKey> LoadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _key ??= options.Value.SigningKeyPath is { Length: > 0 } path
                ? FromFile(path, options.Value.SigningKeyPassword)
                : await FromDatabaseAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    internal static SecurityKey FromFile(string path, string? password)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Auth:Smart:SigningKeyPath names '{path}', which does not exist.");
        }

        if (path.EndsWith(".pfx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".p12", StringComparison.OrdinalIgnoreCase))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
            return new X509SecurityKey(certificate);
        }

        var pem = File.ReadAllText(path);
        return WithKeyId(pem.Contains("EC PRIVATE KEY", StringComparison.Ordinal) || TryEc(pem, password)
            ? new ECDsaSecurityKey(ImportEc(pem, password))
            : (AsymmetricSecurityKey)new RsaSecurityKey(ImportRsa(pem, password)));
    }

    private static bool TryEc(string pem, string? password)
    {
        try
        {
            using var ec = ImportEc(pem, password);
            return true;
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            return false;
        }
    }

    private static ECDsa ImportEc(string pem, string? password)
    {
        var ec = ECDsa.Create();
        if (password is { Length: > 0 })
        {
            ec.ImportFromEncryptedPem(pem, password);
        }
        else
        {
            ec.ImportFromPem(pem);
        }

        return ec;
    }

    private static RSA ImportRsa(string pem, string? password)
    {
        var rsa = RSA.Create();
        if (password is { Length: > 0 })
        {
            rsa.ImportFromEncryptedPem(pem, password);
        }
        else
        {
            rsa.ImportFromPem(pem);
        }

        return rsa;
    }

    private async Task<SecurityKey> FromDatabaseAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmartAuthDbContext>();
        var stored = await db.SigningKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Name == DefaultName, cancellationToken);
        if (stored is null)
        {
            using var rsa = RSA.Create(2048);
            var generated = WithKeyId(new RsaSecurityKey(rsa.ExportParameters(true)));
            db.SigningKeys.Add(new SigningKeyRecord
            {
                Name = DefaultName,
                KeyId = generated.KeyId,
                PrivateKeyPem = rsa.ExportPkcs8PrivateKeyPem(),
                CreatedAt = DateTime.UtcNow,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                logger.LogWarning("Generated the access token signing key {KeyId} and stored it in the database (set Auth:Smart:SigningKeyPath to use a key of your own)", generated.KeyId);
                return generated;
            }
            catch (DbUpdateException)
            {
                // Another process starting at the same moment stored its key first: use that one.
                db.ChangeTracker.Clear();
                stored = await db.SigningKeys.AsNoTracking().SingleAsync(k => k.Name == DefaultName, cancellationToken);
            }
        }

        var key = RSA.Create();
        key.ImportFromPem(stored.PrivateKeyPem);
        return new RsaSecurityKey(key) { KeyId = stored.KeyId };
    }

    private static SecurityKey WithKeyId(AsymmetricSecurityKey key)
    {
        key.KeyId = Base64UrlEncoder.Encode(JsonWebKeyConverter.ConvertFromSecurityKey(key).ComputeJwkThumbprint());
        return key;
    }
}
