namespace OpenImis.Fhir.Core.State;

/// <summary>The two styles of subscription.</summary>
public static class SubscriptionKind
{
    /// <summary>R4: <c>criteria</c> is a search (<c>Claim?patient=...</c>).</summary>
    public const string Criteria = "criteria";

    /// <summary>R5 backport: <c>criteria</c> is a SubscriptionTopic canonical.</summary>
    public const string Topic = "topic";
}
