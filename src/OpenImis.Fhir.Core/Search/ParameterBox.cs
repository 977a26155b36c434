namespace OpenImis.Fhir.Core.Search;

/// <summary>
/// Holds a search value inside an expression tree. EF Core turns a member read on a constant object into a SQL
/// parameter, where a bare constant would be inlined and compile a new query plan for every distinct value.
/// </summary>
internal sealed class ParameterBox<T>(T value)
{
    public T Value { get; } = value;
}
