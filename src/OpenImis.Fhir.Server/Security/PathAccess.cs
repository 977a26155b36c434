namespace OpenImis.Fhir.Server.Security;

/// <summary>What a path needs when auth is on.</summary>
internal enum PathAccess
{
    Open,
    Caller,
    Admin,
}
