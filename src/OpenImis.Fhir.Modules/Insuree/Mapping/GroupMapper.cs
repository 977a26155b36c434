using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.Shared;
using OpenImis.Fhir.Modules.Location.Mapping;

namespace OpenImis.Fhir.Modules.Insuree.Mapping;

/// <summary>
/// Family ↔ openimis-group. <see cref="ToEntity"/> copies the family's own columns; membership changes other rows
/// (the insurees) and is the handler's job. The village comes from <paramref name="locations"/> by id.
/// </summary>
internal sealed class GroupMapper(InsureeCodes codes, ILocationLookup locations)
{
    public Group ToFhir(Family row)
    {
        var members = row.Members
            .Where(m => m.ValidityTo is null)
            .OrderByDescending(m => m.Id == row.HeadInsureeId)
            .ThenBy(m => m.Id)
            .ToList();
        var head = row.HeadInsuree;
        var group = new Group
        {
            Identifier = IgIdentifiers.Of(row.HeadInsuree?.ChfId, row),
            Type = Group.GroupType.Person,
            Actual = true,
            Name = head is null ? null : $"{head.LastName} {head.OtherNames}",
            Quantity = members.Count,
            Member = members.Select(m => new Group.MemberComponent { Entity = FhirReferences.To("Patient", m.Uuid) }).ToList(),
        };
        AddExtensions(row, group);
        return group;
    }

    public void ToEntity(Group group, Family row, Location.Data.Location village)
    {
        var address = group.GetExtension(OpenImisIg.GroupAddress)?.Value as Address;
        row.Address = ColumnLimits.Fit(VillageAddress.Line(address), 200, $"{GroupReferences.AddressElement}.line");
        row.Location = village;
        row.LocationId = village.Id;
        row.Poverty = (group.GetExtension(OpenImisIg.GroupPoverty)?.Value as FhirBoolean)?.Value;
        row.FamilyTypeCode = codes.FamilyType.FromConcept(
            group.GetExtension(OpenImisIg.GroupType)?.Value as CodeableConcept, "Group.extension[groupType]");

        var confirmation = group.GetExtension(OpenImisIg.GroupConfirmation);
        row.ConfirmationNo = ColumnLimits.Fit(NumberedExtension.Number(confirmation), 12, "Group.extension[confirmation].number");
        row.ConfirmationTypeCode = codes.ConfirmationType.FromConcept(NumberedExtension.Type(confirmation), "Group.extension[confirmation].type");
    }

    private void AddExtensions(Family row, Group group)
    {
        if (VillageAddress.Create(row.LocationId is { } villageId ? locations.Find(villageId) : null, row.Address, Address.AddressUse.Home) is { } address)
        {
            group.Extension.Add(new Extension(OpenImisIg.GroupAddress, address));
        }

        if (row.Poverty is { } poverty)
        {
            group.Extension.Add(new Extension(OpenImisIg.GroupPoverty, new FhirBoolean(poverty)));
        }

        if (codes.FamilyType.ToConcept(row.FamilyTypeCode) is { } type)
        {
            group.Extension.Add(new Extension(OpenImisIg.GroupType, type));
        }

        var confirmationType = codes.ConfirmationType.ToConcept(row.ConfirmationTypeCode);
        if (NumberedExtension.Create(OpenImisIg.GroupConfirmation, row.ConfirmationNo, confirmationType) is { } confirmation)
        {
            group.Extension.Add(confirmation);
        }
    }
}
