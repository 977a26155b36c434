namespace OpenImis.Fhir.Modules.Insuree.Demo;

/// <summary>
/// Name lists for generated insurees. Surnames are a root and a suffix (50 × 30 = 1,500 names), so that at
/// 100k families a <c>family=</c> search finds a few hundred insurees, as a common surname does in a real
/// scheme. Neither list holds a suffix that is the prefix of another, which keeps prefix matches close to
/// exact matches.
/// </summary>
internal static class SyntheticNames
{
    public static readonly IReadOnlyList<string> SurnameRoots =
    [
        "Aba", "Ado", "Aki", "Baha", "Bara", "Cha", "Daba", "Eko", "Fumu", "Gata",
        "Haba", "Ima", "Jumu", "Kaba", "Kama", "Kari", "Kibi", "Kilu", "Lema", "Luga",
        "Mabu", "Maka", "Masa", "Mbo", "Mula", "Mwa", "Naka", "Ndu", "Ngo", "Nya",
        "Oko", "Omo", "Oti", "Poka", "Rubi", "Sala", "Semu", "Shi", "Taba", "Temi",
        "Tumu", "Uba", "Uwi", "Wama", "Wana", "Yaka", "Zama", "Zulu", "Lwa", "Dimo",
    ];

    public static readonly IReadOnlyList<string> SurnameSuffixes =
    [
        "ba", "de", "fu", "ga", "hi", "ji", "ko", "lu", "mbe", "nde",
        "ngo", "nyi", "pe", "ri", "sa", "te", "vu", "we", "ya", "zi",
        "kwa", "la", "mo", "nza", "ra", "so", "to", "wi", "yo", "zo",
    ];

    public static readonly IReadOnlyList<string> MaleGivenNames =
    [
        "Abdallah", "Amani", "Baraka", "Daudi", "Emmanuel", "Faraji", "Gabriel", "Hamisi", "Ibrahim", "Issa",
        "Jabari", "James", "John", "Joseph", "Juma", "Kassim", "Khamis", "Kofi", "Moses", "Mussa",
        "Nassoro", "Omari", "Paulo", "Peter", "Rashidi", "Said", "Salim", "Samuel", "Stephen", "Tumaini",
        "Yusuf", "Zuberi", "Ali", "Athumani", "Bakari", "Charles", "David", "Elia", "Frank", "George",
        "Hassan", "Idrisa", "Jackson", "Kelvin", "Lazaro", "Michael", "Nuhu", "Obed", "Pius", "Richard",
        "Selemani", "Thomas", "Victor", "William", "Yohana", "Zakaria", "Godfrey", "Hussein", "Joshua", "Martin",
    ];

    public static readonly IReadOnlyList<string> FemaleGivenNames =
    [
        "Aisha", "Amina", "Asha", "Bahati", "Beatrice", "Catherine", "Dorcas", "Esther", "Fatuma", "Furaha",
        "Grace", "Halima", "Happy", "Imani", "Irene", "Jane", "Joyce", "Judith", "Khadija", "Lucy",
        "Mariam", "Martha", "Mwanaisha", "Neema", "Nuru", "Pendo", "Rehema", "Rose", "Sabina", "Salma",
        "Sara", "Sikudhani", "Subira", "Tatu", "Upendo", "Veronica", "Winfrida", "Zainabu", "Zawadi", "Agnes",
        "Anna", "Christina", "Devota", "Elizabeth", "Flora", "Gloria", "Hadija", "Ester", "Jesca", "Janeth",
        "Lilian", "Magreth", "Mwajuma", "Naomi", "Prisca", "Rukia", "Scholastica", "Tabitha", "Witness", "Yusta",
    ];

    public static string Surname(Random random) =>
        SurnameRoots[random.Next(SurnameRoots.Count)] + SurnameSuffixes[random.Next(SurnameSuffixes.Count)];

    public static string GivenName(Random random, string gender) =>
        gender == "F"
            ? FemaleGivenNames[random.Next(FemaleGivenNames.Count)]
            : MaleGivenNames[random.Next(MaleGivenNames.Count)];
}
