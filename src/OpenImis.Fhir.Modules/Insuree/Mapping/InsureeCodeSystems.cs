using System.Globalization;
using OpenImis.Fhir.Core.Terminology;
using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Insuree.Mapping;

/// <summary>The insuree lookup tables and the guide's code systems they feed (mappings/CodeSystem-diagnosis.md lists them).</summary>
internal static class InsureeCodeSystems
{
    public static IReadOnlyList<IDatabaseCodeSystem> All =>
    [
        new LookupCodeSystem<Profession>(OpenImisIg.ProfessionSystem, "tblProfessions", p => new(Number(p.Id), p.Name, p.SortOrder)),
        new LookupCodeSystem<Education>(OpenImisIg.EducationLevelSystem, "tblEducations", e => new(Number(e.Id), e.Name, e.SortOrder)),
        new LookupCodeSystem<Relation>(OpenImisIg.ContactRelationshipSystem, "tblRelations", r => new(Number(r.Id), r.Name, r.SortOrder)),
        new LookupCodeSystem<IdentificationType>(
            OpenImisIg.IdentificationTypeSystem, "tblIdentificationTypes", i => new(i.Code, i.Name, i.SortOrder)),
        new LookupCodeSystem<FamilyType>(OpenImisIg.GroupTypeSystem, "tblFamilyTypes", f => new(f.Code, f.Name, f.SortOrder)),
        new LookupCodeSystem<ConfirmationType>(
            OpenImisIg.GroupConfirmationTypeSystem, "tblConfirmationTypes", c => new(c.Code, c.Name, c.SortOrder)),
    ];

    private static string Number(short id) => id.ToString(CultureInfo.InvariantCulture);
}
