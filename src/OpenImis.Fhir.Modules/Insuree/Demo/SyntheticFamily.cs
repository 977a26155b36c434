using OpenImis.Fhir.Modules.Insuree.Data;

namespace OpenImis.Fhir.Modules.Insuree.Demo;

/// <summary>A generated family and its insurees, head first; ids and foreign keys are left for the writer.</summary>
internal sealed record SyntheticFamily(Family Family, IReadOnlyList<Data.Insuree> Insurees)
{
    public Data.Insuree Head => Insurees[0];
}
