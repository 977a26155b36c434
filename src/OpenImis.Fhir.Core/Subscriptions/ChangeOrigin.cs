namespace OpenImis.Fhir.Core.Subscriptions;

/// <summary>Where a <see cref="State.ChangeEvent"/> came from.</summary>
public static class ChangeOrigin
{
    /// <summary>A write through this server, recorded in its transaction.</summary>
    public const string Fhir = "fhir";

    /// <summary>A write the openIMIS application made in the database, found by the change detector.</summary>
    public const string Database = "database";
}
