using System.Linq.Expressions;

namespace OpenImis.Fhir.Modules.Insuree.Search;

/// <summary>
/// The parts of the one address a Patient shows: the insuree's own village when openIMIS has one, else the
/// family's; parents in the fixed order village, ward, district, region, as the mapper walks them.
/// </summary>
internal static class AddressColumns
{
    public static readonly Expression<Func<Data.Insuree, string?>> Line = i =>
        i.CurrentVillageId != null ? i.CurrentAddress : i.Family!.Address;

    public static readonly Expression<Func<Data.Insuree, string?>> Village = i =>
        i.CurrentVillageId != null ? i.CurrentVillage!.Name : i.Family!.Location!.Name;

    public static readonly Expression<Func<Data.Insuree, string?>> Ward = i =>
        i.CurrentVillageId != null ? i.CurrentVillage!.Parent!.Name : i.Family!.Location!.Parent!.Name;

    public static readonly Expression<Func<Data.Insuree, string?>> District = i =>
        i.CurrentVillageId != null ? i.CurrentVillage!.Parent!.Parent!.Name : i.Family!.Location!.Parent!.Parent!.Name;

    public static readonly Expression<Func<Data.Insuree, string?>> Region = i =>
        i.CurrentVillageId != null
            ? i.CurrentVillage!.Parent!.Parent!.Parent!.Name
            : i.Family!.Location!.Parent!.Parent!.Parent!.Name;
}
