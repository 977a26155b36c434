using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace OpenImis.Fhir.IntegrationTests.OpenHim;

/// <summary>A certificate like the one the OpenHIM core generates: self-signed, for a name the client does not use.</summary>
internal static class SelfSignedCertificate
{
    public static X509Certificate2 Create(string hostName)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={hostName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(hostName);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        // Kestrel needs the private key in a form it can use on every platform: round-trip through PKCS#12.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
