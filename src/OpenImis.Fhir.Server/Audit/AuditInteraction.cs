using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Server.Audit;

/// <summary>
/// The codes of one audited interaction, following IHE BALP: <c>type</c> <c>rest</c> with the FHIR restful
/// interaction as <c>subtype</c>, or DICOM 110114 User Authentication for a refused login; the <c>action</c> BALP
/// gives each interaction (a search is a query: E).
/// </summary>
internal sealed record AuditInteraction(Coding Type, Coding? Subtype, AuditEvent.AuditEventAction Action, string? Operation = null)
{
    public const string EventTypeSystem = "http://terminology.hl7.org/CodeSystem/audit-event-type";
    public const string RestfulInteractionSystem = "http://hl7.org/fhir/restful-interaction";
    public const string DicomSystem = "http://dicom.nema.org/resources/ontology/DCM";

    private static readonly Coding Rest = new(EventTypeSystem, "rest", "Restful Operation");

    /// <summary>DICOM 110114 User Authentication: a refused bearer token or a refused token request.</summary>
    public static AuditInteraction Login { get; } = new(new Coding(DicomSystem, "110114", "User Authentication"),
        new Coding(DicomSystem, "110122", "Login"), AuditEvent.AuditEventAction.E);

    /// <summary>
    /// The interaction from the name the REST layer recorded (<c>read</c>, <c>search-type</c>, <c>$export</c>…, see
    /// <see cref="Core.Observability.RequestFacts.Interaction"/>) and the HTTP method. An operation is the restful
    /// interaction <c>operation</c>, executed (E), except fetching an export's status or files (R) and cancelling it (D).
    /// </summary>
    public static AuditInteraction Classify(string? interaction, string method)
    {
        if (interaction is null)
        {
            return new AuditInteraction(Rest, null, ActionOf(method));
        }

        if (interaction.StartsWith('$'))
        {
            var action = HttpMethods.IsDelete(method) ? AuditEvent.AuditEventAction.D
                : interaction is "$export-status" or "$export-file" ? AuditEvent.AuditEventAction.R
                : AuditEvent.AuditEventAction.E;
            return new AuditInteraction(Rest, RestSubtype("operation"), action, interaction);
        }

        return new AuditInteraction(Rest, RestSubtype(interaction), interaction switch
        {
            "read" or "vread" or "history-instance" or "history-type" or "history-system" or "capabilities" => AuditEvent.AuditEventAction.R,
            "create" => AuditEvent.AuditEventAction.C,
            "update" or "patch" => AuditEvent.AuditEventAction.U,
            "delete" => AuditEvent.AuditEventAction.D,
            _ => AuditEvent.AuditEventAction.E, // search-type, search-system, batch, transaction
        });
    }

    /// <summary>BALP's outcome from the HTTP status: success 0, a refused request 4, a server failure 8, an aborted one 12.</summary>
    public static AuditEvent.AuditEventOutcome OutcomeOf(int status, bool aborted) =>
        aborted ? AuditEvent.AuditEventOutcome.N12
        : status < 400 ? AuditEvent.AuditEventOutcome.N0
        : status < 500 ? AuditEvent.AuditEventOutcome.N4
        : AuditEvent.AuditEventOutcome.N8;

    // Without a recorded interaction (refused before routing): what the method says.
    private static AuditEvent.AuditEventAction ActionOf(string method) =>
        HttpMethods.IsPost(method) ? AuditEvent.AuditEventAction.C
        : HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) ? AuditEvent.AuditEventAction.U
        : HttpMethods.IsDelete(method) ? AuditEvent.AuditEventAction.D
        : AuditEvent.AuditEventAction.R;

    private static Coding RestSubtype(string code) => new(RestfulInteractionSystem, code, code);
}
