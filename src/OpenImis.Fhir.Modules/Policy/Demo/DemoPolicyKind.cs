namespace OpenImis.Fhir.Modules.Policy.Demo;

/// <summary>Which state a demo family's policy is in, in turn over the families.</summary>
internal enum DemoPolicyKind
{
    Active,
    Unpaid,
    Expired,
    Underpaid,
    ActiveRecent,
    ActiveOld,
}
