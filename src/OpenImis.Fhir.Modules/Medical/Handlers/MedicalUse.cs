namespace OpenImis.Fhir.Modules.Medical.Handlers;

/// <summary>One kind of use that blocks a delete: the table holding it and the SQL that tells (column "Value") whether row {0} has one.</summary>
internal sealed record MedicalUse(string Table, string Description, string ExistsSql);
