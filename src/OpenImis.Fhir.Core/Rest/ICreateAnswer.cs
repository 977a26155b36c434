namespace OpenImis.Fhir.Core.Rest;

/// <summary>
/// A create handler whose type answers a create with a resource of another type, as openIMIS answers a submitted
/// Claim with its ClaimResponse. After the create commits, the engine reads <see cref="AnswerType"/> with the
/// created resource's id and sends that instead, when a handler serves that type; otherwise the created resource.
/// </summary>
public interface ICreateAnswer
{
    /// <summary>The type whose resource, with the created resource's id, answers the create.</summary>
    string AnswerType { get; }
}
