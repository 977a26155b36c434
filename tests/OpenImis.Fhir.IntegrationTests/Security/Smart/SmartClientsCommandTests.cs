namespace OpenImis.Fhir.IntegrationTests.Security.Smart;

/// <summary>The operator command <c>clients add|list|remove</c>.</summary>
public sealed class SmartClientsCommandTests(SmartServerFixture server) : IClassFixture<SmartServerFixture>
{
    [Fact]
    public async Task List_PrintsIdsScopesAndKeyIds_WithoutKeyMaterial()
    {
        using var client = new SmartTestClient();
        await server.RegisterAsync(client, "system/Patient.rs system/admin");

        var listed = await server.ClientsAsync("list");

        var line = Assert.Single(listed.Split('\n'), l => l.StartsWith(client.ClientId, StringComparison.Ordinal));
        Assert.Contains("system/Patient.rs system/admin", line, StringComparison.Ordinal);
        Assert.Contains(client.CurrentKid, line, StringComparison.Ordinal);
        Assert.DoesNotContain("\"n\"", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_Refuses_WhenTheJwksHoldsAPrivateKey()
    {
        var file = Path.Combine(Path.GetTempPath(), $"jwks-{Guid.NewGuid():N}.json");
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var jwk = Microsoft.IdentityModel.Tokens.JsonWebKeyConverter.ConvertFromRSASecurityKey(new Microsoft.IdentityModel.Tokens.RsaSecurityKey(rsa.ExportParameters(true)));
        await File.WriteAllTextAsync(file, $$"""{"keys":[{"kty":"RSA","kid":"k","n":"{{jwk.N}}","e":"{{jwk.E}}","d":"{{jwk.D}}","p":"{{jwk.P}}","q":"{{jwk.Q}}"}]}""");
        try
        {
            var error = await Assert.ThrowsAsync<ArgumentException>(() =>
                server.ClientsAsync("add", "--id", "leaky", "--jwks-file", file, "--scopes", "system/*.rs"));

            Assert.Contains("private key", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Add_Refuses_WhenAKeyIsForEncryption()
    {
        using var client = new SmartTestClient();
        var file = Path.Combine(Path.GetTempPath(), $"jwks-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, client.Jwks().Replace("\"use\":\"sig\"", "\"use\":\"enc\"", StringComparison.Ordinal));
        try
        {
            var error = await Assert.ThrowsAsync<ArgumentException>(() =>
                server.ClientsAsync("add", "--id", client.ClientId, "--jwks-file", file, "--scopes", "system/*.rs"));

            Assert.Contains("cannot verify signatures", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Add_Refuses_WhenTheClientIdIsTaken()
    {
        using var client = new SmartTestClient();
        await server.RegisterAsync(client, "system/*.rs");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => server.RegisterAsync(client, "system/*.cruds"));

        Assert.Contains("exists already", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_SaysSo_WhenTheClientIsUnknown()
    {
        var printed = await server.ClientsAsync("remove", "--id", "nobody");

        Assert.Contains("No client 'nobody'", printed, StringComparison.Ordinal);
    }
}
