using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Location.Data;

namespace OpenImis.Fhir.Modules.Location.Demo;

/// <summary>
/// The demo location tree: 3 regions, 2 districts each, 2 wards (municipalities) per district and 3 villages
/// per ward, coded the way the openIMIS demo codes them (R1, R1D1, R1D1M1, R1D1M1V1). Shared by the demo
/// seeder and the synthetic generator, which needs villages to put families in.
/// </summary>
internal static class DemoLocationTree
{
    // Far from the small seeds people pass to the generator, so that the demo's UUIDs are its own.
    public const int Seed = 1_000_010;

    public static readonly IReadOnlyList<string> Regions = ["Kilima", "Pwani", "Ziwa"];

    public static readonly IReadOnlyList<string> Districts = ["Mlimani", "Mawingu", "Bandari", "Mchanga", "Samaki", "Visiwani"];

    public static readonly IReadOnlyList<string> Wards =
    [
        "Kati", "Mwembeni", "Majengo", "Kilimani", "Mnazini", "Bondeni",
        "Sokoni", "Miembeni", "Kisiwani", "Mtoni", "Kijiweni", "Mbuyuni",
    ];

    public static readonly IReadOnlyList<string> Villages =
    [
        "Amani", "Baraka", "Chemchem", "Faraja", "Furaha", "Imani",
        "Jitegemee", "Kibaoni", "Kisimani", "Kwamtoro", "Lukuledi", "Mabatini",
        "Madukani", "Majimaji", "Makuti", "Malindi", "Mapinduzi", "Mbezi",
        "Mchikichini", "Mianzini", "Mkwajuni", "Msasani", "Mtakuja", "Mwenge",
        "Ngarenaro", "Nyamagana", "Pugu", "Rahaleo", "Sinza", "Tabata",
        "Tumaini", "Uhuru", "Upendo", "Usalama", "Vingunguti", "Zahanati",
    ];

    private const int DistrictsPerRegion = 2;
    private const int WardsPerDistrict = 2;
    private const int VillagesPerWard = 3;

    /// <summary>The whole tree, parents before children, with UUIDs that are the same on every run.</summary>
    public static List<Data.Location> Build(DateTime validFrom)
    {
        var random = new Random(Seed);
        var rows = new List<Data.Location>();
        var district = 0;
        var ward = 0;
        var village = 0;
        for (var r = 0; r < Regions.Count; r++)
        {
            var region = Add(rows, random, $"R{r + 1}", Regions[r], LocationTypes.Region, null, validFrom);
            for (var d = 0; d < DistrictsPerRegion; d++, district++)
            {
                var districtRow = Add(rows, random, $"{region.Code}D{d + 1}", Districts[district], LocationTypes.District, region, validFrom);
                for (var w = 0; w < WardsPerDistrict; w++, ward++)
                {
                    var wardRow = Add(rows, random, $"{districtRow.Code}M{w + 1}", Wards[ward], LocationTypes.Ward, districtRow, validFrom);
                    for (var v = 0; v < VillagesPerWard; v++, village++)
                    {
                        var villageRow = Add(rows, random, $"{wardRow.Code}V{v + 1}", Villages[village], LocationTypes.Village, wardRow, validFrom);
                        villageRow.MalePopulation = random.Next(300, 2500);
                        villageRow.FemalePopulation = random.Next(300, 2500);
                        villageRow.OtherPopulation = random.Next(0, 20);
                        villageRow.Families = random.Next(80, 900);
                    }
                }
            }
        }

        return rows;
    }

    /// <summary>Writes the tree unless live villages exist already; returns whether it wrote it.</summary>
    public static async Task<bool> EnsureAsync(ImisDbContext db, DateTime validFrom, CancellationToken cancellationToken)
    {
        var hasVillages = await db.Set<Data.Location>()
            .AnyAsync(l => l.Type == LocationTypes.Village && l.ValidityTo == null, cancellationToken);
        if (hasVillages)
        {
            return false;
        }

        db.AddRange(Build(validFrom));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static Data.Location Add(
        List<Data.Location> rows, Random random, string code, string name, string type, Data.Location? parent, DateTime validFrom)
    {
        var row = new Data.Location
        {
            Uuid = DemoUuid.Next(random),
            Code = code,
            Name = name,
            Type = type,
            Parent = parent,
            ValidityFrom = validFrom,
            AuditUserId = 1,
        };
        rows.Add(row);
        return row;
    }
}
