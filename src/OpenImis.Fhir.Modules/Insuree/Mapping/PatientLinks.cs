
namespace OpenImis.Fhir.Modules.Insuree.Mapping;

/// <summary>What the handler resolved for a Patient write: the live family and village it names, and the write's stamp.</summary>
internal sealed record PatientLinks(Data.Family? Family, Location.Data.Location? CurrentVillage, DateTime Now, int AuditUserId);
