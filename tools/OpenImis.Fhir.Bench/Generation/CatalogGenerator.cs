using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.HealthFacility.Data;
using OpenImis.Fhir.Modules.HealthFacility.Demo;
using OpenImis.Fhir.Modules.Insuree.Demo;
using OpenImis.Fhir.Modules.Location.Data;
using OpenImis.Fhir.Modules.Location.Demo;
using OpenImis.Fhir.Modules.Medical.Data;

namespace OpenImis.Fhir.Bench.Generation;

/// <summary>
/// The search benchmark's catalog: health facilities over the districts, medical items and services, with codes that
/// run from 1 (facilities: the seed's last two digits first) and names drawn from it (place names for facilities, a drug-like root, form and strength for
/// items, a procedure and a body site for services), so that name prefixes match a realistic share of the rows.
/// </summary>
internal sealed class CatalogGenerator(int seed)
{
    private static readonly string[] ItemRoots =
    [
        "AMOXYCILLIN", "PARACETAMOL", "IBUPROFEN", "METFORMIN", "CIPROFLOXACIN", "DOXYCYCLINE", "ARTEMETHER", "QUININE",
        "FERROUS", "FOLIC", "ZINC", "ORAL REHYDRATION", "COTTON", "GAUZE", "SYRINGE", "GLOVES", "CEFTRIAXONE", "DIAZEPAM",
    ];

    private static readonly string[] ItemForms = ["TABS", "CAPS", "SYRUP", "INJ", "CREAM", "ROLL", "PACK"];

    private static readonly string[] Procedures =
    [
        "Consultation", "Dressing", "Suture", "X-ray", "Ultrasound", "Excision", "Delivery", "Immunisation", "Laboratory test",
        "Physiotherapy", "Dental extraction", "Eye examination", "Admission", "Minor surgery", "Major surgery",
    ];

    private static readonly string[] Sites = ["head", "chest", "abdomen", "arm", "leg", "hand", "foot", "back", "neck", "skin"];

    private readonly Random _random = new(seed);

    public async Task<(int Facilities, int Items, int Services, TimeSpan Elapsed)> GenerateAsync(
        ImisDbContext db, int facilities, int items, int services, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var created = DateTime.UtcNow.Date.AddYears(-1);
        await DemoLocationTree.EnsureAsync(db, created.AddYears(-5), cancellationToken);
        await HealthFacilityReferenceData.EnsureAsync(db, cancellationToken);
        var districts = await db.Set<Location>()
            .Where(l => l.Type == LocationTypes.District && l.ValidityTo == null)
            .OrderBy(l => l.Id).Select(l => l.Id).ToListAsync(cancellationToken);
        var prefix = Math.Abs(seed % 100).ToString("D2", CultureInfo.InvariantCulture);

        db.AddRange(Enumerable.Range(1, facilities).Select(n => Facility(prefix, n, districts, created)));
        db.AddRange(Enumerable.Range(1, items).Select(n => Item(n, created)));
        db.AddRange(Enumerable.Range(1, services).Select(n => Service(n, created)));
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.SaveChangesAsync(cancellationToken);
        return (facilities, items, services, clock.Elapsed);
    }

    private HealthFacility Facility(string prefix, int n, List<int> districts, DateTime created)
    {
        var level = _random.Next(10) switch { < 6 => "D", < 9 => "C", _ => "H" };
        var kind = level switch { "D" => "Dispensary", "C" => "Health Centre", _ => "Hospital" };
        return new HealthFacility
        {
            Uuid = Uuid(),
            Code = $"B{prefix}{n:D5}",
            Name = $"{SyntheticNames.Surname(_random)} {kind}",
            Level = level,
            LegalFormCode = "G",
            CareType = level == "D" ? "O" : "B",
            LocationId = districts[_random.Next(districts.Count)],
            Status = HealthFacilityCodes.StatusActive,
            ValidityFrom = created,
            AuditUserId = 1,
        };
    }

    private MedicalItem Item(int n, DateTime created) => new()
    {
        Uuid = Uuid(),
        Code = $"I{n:D5}",
        Name = $"{ItemRoots[_random.Next(ItemRoots.Length)]} {ItemForms[_random.Next(ItemForms.Length)]} {(_random.Next(1, 40) * 25).ToString(CultureInfo.InvariantCulture)}MG",
        Type = _random.Next(4) == 0 ? "M" : "D",
        Price = _random.Next(1, 500),
        CareType = "B",
        PatientCategory = (short)PatientCategories.Everyone,
        ValidityFrom = created,
        AuditUserId = 1,
    };

    private MedicalService Service(int n, DateTime created) => new()
    {
        Uuid = Uuid(),
        Code = $"S{n:D5}",
        Name = $"{Procedures[_random.Next(Procedures.Length)]}, {Sites[_random.Next(Sites.Length)]} {n.ToString(CultureInfo.InvariantCulture)}",
        Type = _random.Next(2) == 0 ? "P" : "C",
        Level = "S",
        Category = "O",
        Price = _random.Next(1, 500),
        CareType = "B",
        PatientCategory = (short)PatientCategories.Everyone,
        PackageType = "S",
        ValidityFrom = created,
        AuditUserId = 1,
    };

    private string Uuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }
}
