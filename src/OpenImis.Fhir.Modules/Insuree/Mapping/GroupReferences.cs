using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Shared;
using OpenImis.Fhir.Modules.Location.Mapping;

namespace OpenImis.Fhir.Modules.Insuree.Mapping;

/// <summary>The rows a Group refers to by UUID (its village and its members), read before the handler looks them up.</summary>
internal sealed record GroupReferences(string VillageId, IReadOnlyList<string> MemberIds, string? HeadCode)
{
    public const string AddressElement = "Group.extension[address]";

    public static GroupReferences Read(Group group)
    {
        var address = group.GetExtension(OpenImisIg.GroupAddress)?.Value as Address
            ?? throw FhirException.Unprocessable($"{AddressElement} is required: a family lives in a village.", AddressElement);
        var villageId = VillageAddress.VillageId(address, AddressElement)
            ?? throw FhirException.Unprocessable($"{AddressElement}.extension[location] is required.", $"{AddressElement}.extension[location]");
        if (group.Member.Count == 0)
        {
            throw FhirException.Unprocessable("Group.member is required: a family has at least its head.", "Group.member");
        }

        var members = group.Member
            .Select((m, i) => FhirReferences.IdOf(m.Entity, "Patient", $"Group.member[{i}].entity")
                ?? throw FhirException.Unprocessable($"Group.member[{i}].entity is required.", $"Group.member[{i}].entity"))
            .Select(id => id.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new GroupReferences(villageId, members, IgIdentifiers.Find(group.Identifier, IgIdentifiers.Code));
    }

    /// <summary>The head: the member whose CHFID is the Group's Code identifier (the IG's rule), else the first member.</summary>
    public Data.Insuree HeadOf(IReadOnlyList<Data.Insuree> members) =>
        (HeadCode is null ? null : members.FirstOrDefault(m => m.ChfId == HeadCode))
        ?? members.First(m => string.Equals(m.Uuid, MemberIds[0], StringComparison.OrdinalIgnoreCase));
}
