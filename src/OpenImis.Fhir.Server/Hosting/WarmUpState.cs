namespace OpenImis.Fhir.Server.Hosting;

/// <summary>Where the validator's start-up warm-up is (<c>Fhir:Validation:WarmUp</c>).</summary>
internal enum WarmUpState
{
    NotStarted,
    Off,
    Running,
    Done,
    Failed,
}
