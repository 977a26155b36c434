namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>A server setting that a mediator config parameter drives.</summary>
/// <param name="ConfigurationKey">The configuration key it overrides, e.g. Fhir:BaseUrl.</param>
/// <param name="IsValid">
/// Checked before applying: the server's options are validated whenever they are read, so one bad
/// value typed in the console would otherwise fail every request.
/// </param>
/// <param name="Expected">What a valid value looks like, for the log.</param>
internal sealed record MediatorSetting(string ConfigurationKey, Func<string, bool> IsValid, string Expected);
