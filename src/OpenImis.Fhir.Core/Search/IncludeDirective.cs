namespace OpenImis.Fhir.Core.Search;

/// <summary>
/// One <c>_include</c> (<see cref="Reverse"/> false) or <c>_revinclude</c>: <c>SourceType:Parameter[:TargetType]</c>,
/// or <c>*</c> (every reference, <see cref="Parameter"/> null). <see cref="Iterate"/> applies it again to what
/// was included.
/// </summary>
public sealed record IncludeDirective(string SourceType, string? Parameter, string? TargetType, bool Reverse, bool Iterate)
{
    /// <summary>The directive as written in the URL.</summary>
    public override string ToString() =>
        $"{(Reverse ? "_revinclude" : "_include")}{(Iterate ? ":iterate" : "")}={(Parameter is null && SourceType.Length == 0 ? "*" : $"{SourceType}:{Parameter ?? "*"}{(TargetType is null ? "" : ":" + TargetType)}")}";
}
