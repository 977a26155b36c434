namespace OpenImis.Fhir.Core.Rest.Interactions;

/// <summary>The FHIR RESTful interactions the engine runs.</summary>
public enum InteractionKind
{
    /// <summary>read</summary>
    Read,

    /// <summary>vread</summary>
    VRead,

    /// <summary>search-type</summary>
    Search,

    /// <summary>history-instance</summary>
    HistoryInstance,

    /// <summary>history-type</summary>
    HistoryType,

    /// <summary>create, conditional with <see cref="InteractionRequest.IfNoneExist"/>.</summary>
    Create,

    /// <summary>update, conditional when <see cref="InteractionRequest.Criteria"/> is given instead of an id.</summary>
    Update,

    /// <summary>patch, conditional when <see cref="InteractionRequest.Criteria"/> is given instead of an id.</summary>
    Patch,

    /// <summary>delete, conditional when <see cref="InteractionRequest.Criteria"/> is given instead of an id.</summary>
    Delete,
}
