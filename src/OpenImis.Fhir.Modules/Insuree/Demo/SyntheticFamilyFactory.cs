using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Location.Demo;

namespace OpenImis.Fhir.Modules.Insuree.Demo;

/// <summary>
/// Draws families and their insurees from one seeded <see cref="Random"/>: no database, no clock, so the same
/// seed, villages and <c>today</c> give the same rows. Every draw happens whatever the date, hence the names,
/// UUIDs and CHFIDs do not depend on <c>today</c> at all; only the dates move with it.
/// </summary>
internal sealed class SyntheticFamilyFactory
{
    // Family sizes 1..8, weighted to a mean of about 4 insurees per family.
    private static readonly int[] SizeWeights = [8, 12, 18, 22, 18, 12, 6, 4];
    private static readonly string[] OtherMarital = ["S", "D", "W", "N"];
    private static readonly string[] IdTypes = ["N", "N", "N", "N", "N", "V", "V", "D", "P"];
    private static readonly string[] FamilyTypes = ["C", "G", "O", "P", "S", "T"];
    private static readonly string[] ConfirmationTypes = ["A", "B", "C", "D"];

    private readonly Random _random;
    private readonly IReadOnlyList<VillageRef> _villages;
    private readonly DateOnly _today;
    private readonly string _chfIdPrefix;
    private readonly string _chfIdFormat;
    private int _insurees;

    // chfIdPrefix leads every CHFID and chfIdDigits is the width of the running number after it; together they
    // stay within the 12 characters the openIMIS IG allows.
    public SyntheticFamilyFactory(int seed, IReadOnlyList<VillageRef> villages, DateOnly today, string chfIdPrefix, int chfIdDigits)
    {
        if (villages.Count == 0)
        {
            throw new ArgumentException("Families need at least one village.", nameof(villages));
        }

        if (chfIdPrefix.Length + chfIdDigits > 12)
        {
            throw new ArgumentException("A CHFID has at most 12 characters.", nameof(chfIdDigits));
        }

        _random = new Random(seed);
        _villages = villages;
        _today = today;
        _chfIdPrefix = chfIdPrefix;
        _chfIdFormat = "D" + chfIdDigits;
    }

    public SyntheticFamily Next()
    {
        var village = _villages[_random.Next(_villages.Count)];
        var registered = Registered();
        var size = Size();
        var (head, headAge) = Head(registered, size);
        var insurees = new List<Data.Insuree>(size) { head };
        if (size > 1 && head.Marital == "M")
        {
            insurees.Add(Spouse(head, headAge, registered));
        }

        while (insurees.Count < size)
        {
            insurees.Add(Relative(head, headAge, registered));
        }

        var family = new Family
        {
            Uuid = DemoUuid.Next(_random),
            LocationId = village.Id,
            Poverty = _random.Next(4) == 0,
            FamilyTypeCode = _random.Next(10) < 8 ? "H" : FamilyTypes[_random.Next(FamilyTypes.Length)],
            Address = $"Plot {_random.Next(1, 400)}, {village.Name}",
            IsOffline = false,
            ValidityFrom = registered,
            AuditUserId = 1,
        };
        if (_random.Next(2) == 0)
        {
            family.ConfirmationTypeCode = ConfirmationTypes[_random.Next(ConfirmationTypes.Length)];
            family.ConfirmationNo = family.ConfirmationTypeCode == "D" ? null : _random.Next(10_000_000, 99_999_999).ToString();
        }

        foreach (var insuree in insurees)
        {
            if (_random.Next(10) == 0)
            {
                var elsewhere = _villages[_random.Next(_villages.Count)];
                insuree.CurrentVillageId = elsewhere.Id;
                insuree.CurrentAddress = $"House {_random.Next(1, 200)}, {elsewhere.Name}";
            }
        }

        return new SyntheticFamily(family, insurees);
    }

    private (Data.Insuree Head, int Age) Head(DateTime registered, int size)
    {
        var gender = _random.Next(100) switch { < 68 => "M", < 99 => "F", _ => "O" };
        var age = _random.Next(22, 76);
        var married = size > 1 && _random.Next(5) != 0;
        var head = Person(SyntheticNames.Surname(_random), gender, age, registered, isHead: true);
        head.Marital = married ? "M" : OtherMarital[_random.Next(OtherMarital.Length)];
        return (head, age);
    }

    private Data.Insuree Spouse(Data.Insuree head, int headAge, DateTime registered)
    {
        var gender = head.GenderCode == "F" ? "M" : "F";
        var surname = _random.Next(100) < 85 ? head.LastName : SyntheticNames.Surname(_random);
        var age = Math.Max(18, headAge + _random.Next(-10, 6));
        var spouse = Person(surname, gender, age, registered, isHead: false);
        spouse.Marital = "M";
        spouse.RelationshipId = InsureeLookups.RelationSpouse;
        return spouse;
    }

    private Data.Insuree Relative(Data.Insuree head, int headAge, DateTime registered)
    {
        var gender = _random.Next(2) == 0 ? "M" : "F";
        var kind = _random.Next(100);
        var (relation, age) = kind switch
        {
            < 85 => (InsureeLookups.RelationChild, _random.Next(0, Math.Max(1, Math.Min(headAge - 17, 30)))),
            < 92 => (InsureeLookups.RelationParent, Math.Min(99, headAge + _random.Next(18, 32))),
            < 97 => (InsureeLookups.RelationSibling, Math.Max(0, headAge + _random.Next(-12, 12))),
            _ => (InsureeLookups.RelationOther, _random.Next(5, 70)),
        };
        var relative = Person(head.LastName, gender, age, registered, isHead: false);
        relative.RelationshipId = relation;
        relative.Marital = age < 18 ? "S" : _random.Next(3) == 0 ? "M" : OtherMarital[_random.Next(OtherMarital.Length)];
        return relative;
    }

    private Data.Insuree Person(string surname, string gender, int age, DateTime registered, bool isHead)
    {
        var given = SyntheticNames.GivenName(_random, gender);
        var otherNames = _random.Next(5) == 0 ? $"{given} {SyntheticNames.GivenName(_random, gender)}" : given;
        var birthDate = _today.AddYears(-age).AddDays(-_random.Next(0, 365));
        var adult = age >= 18;
        var insuree = new Data.Insuree
        {
            Uuid = DemoUuid.Next(_random),
            ChfId = _chfIdPrefix + (++_insurees).ToString(_chfIdFormat),
            LastName = surname,
            OtherNames = otherNames,
            BirthDate = birthDate,
            GenderCode = gender,
            IsHead = isHead,
            CardIssued = _random.Next(100) < 65,
            ProfessionId = adult ? Profession(gender) : null,
            EducationId = Education(age),
            Vulnerability = _random.Next(20) == 0,
            IsOffline = false,
            Status = "AC",
            ValidityFrom = registered,
            AuditUserId = 1,
        };
        if (_random.Next(100) < (isHead ? 70 : adult ? 30 : 0))
        {
            insuree.Phone = "+2557" + _random.Next(10_000_000, 99_999_999);
        }

        if (_random.Next(100) < (isHead ? 15 : adult ? 5 : 0))
        {
            insuree.Email = $"{given.ToLowerInvariant()}.{surname.ToLowerInvariant()}{_random.Next(1, 100)}@example.org";
        }

        if (adult && _random.Next(100) < 40)
        {
            insuree.TypeOfId = IdTypes[_random.Next(IdTypes.Length)];
            insuree.Passport = IdentityNumber(insuree.TypeOfId, birthDate);
        }

        return insuree;
    }

    private short Profession(string gender)
    {
        var profession = (short)_random.Next(1, 5);
        return profession == 1 && gender != "F" ? (short)3 : profession;
    }

    private short? Education(int age) => age switch
    {
        < 4 => null,
        < 7 => 1,
        < 14 => 2,
        < 19 => (short)_random.Next(2, 4),
        _ => _random.Next(100) switch { < 35 => 2, < 70 => 3, < 88 => 4, < 95 => 5, < 97 => 6, _ => 7 },
    };

    private string IdentityNumber(string type, DateOnly birthDate) => type switch
    {
        "N" => $"{birthDate:yyyyMMdd}-{_random.Next(10000, 99999)}-{_random.Next(10000, 99999)}-{_random.Next(10, 99)}",
        "V" => $"T-{_random.Next(100_000_000, 999_999_999)}",
        "D" => $"4000{_random.Next(100_000, 999_999)}",
        _ => $"AB{_random.Next(1_000_000, 9_999_999)}",
    };

    private int Size()
    {
        var draw = _random.Next(SizeWeights.Sum());
        for (var i = 0; i < SizeWeights.Length; i++)
        {
            draw -= SizeWeights[i];
            if (draw < 0)
            {
                return i + 1;
            }
        }

        return SizeWeights.Length;
    }

    // Registered between a month and five years ago, at a whole second (well within PostgreSQL's microseconds).
    private DateTime Registered()
    {
        var days = _random.Next(30, 5 * 365);
        var seconds = _random.Next(7 * 3600, 18 * 3600);
        return VersionIds.Truncate(_today.AddDays(-days).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddSeconds(seconds));
    }
}
