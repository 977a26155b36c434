using Hl7.Fhir.Model;
using OpenImis.Fhir.Server.Audit;

namespace OpenImis.Fhir.Tests.Audit;

public sealed class AuditInteractionTests
{
    [Theory]
    [InlineData("read", "GET", "read", AuditEvent.AuditEventAction.R)]
    [InlineData("vread", "GET", "vread", AuditEvent.AuditEventAction.R)]
    [InlineData("search-type", "GET", "search-type", AuditEvent.AuditEventAction.E)]
    [InlineData("search-type", "POST", "search-type", AuditEvent.AuditEventAction.E)]
    [InlineData("history-instance", "GET", "history-instance", AuditEvent.AuditEventAction.R)]
    [InlineData("history-type", "GET", "history-type", AuditEvent.AuditEventAction.R)]
    [InlineData("create", "POST", "create", AuditEvent.AuditEventAction.C)]
    [InlineData("update", "PUT", "update", AuditEvent.AuditEventAction.U)]
    [InlineData("patch", "PATCH", "patch", AuditEvent.AuditEventAction.U)]
    [InlineData("delete", "DELETE", "delete", AuditEvent.AuditEventAction.D)]
    [InlineData("batch", "POST", "batch", AuditEvent.AuditEventAction.E)]
    [InlineData("transaction", "POST", "transaction", AuditEvent.AuditEventAction.E)]
    [InlineData("$validate", "POST", "operation", AuditEvent.AuditEventAction.E)]
    [InlineData("$export", "GET", "operation", AuditEvent.AuditEventAction.E)]
    [InlineData("$export-status", "GET", "operation", AuditEvent.AuditEventAction.R)]
    [InlineData("$export-status", "DELETE", "operation", AuditEvent.AuditEventAction.D)]
    [InlineData("$export-file", "GET", "operation", AuditEvent.AuditEventAction.R)]
    public void Classify_GivesBalpSubtypeAndAction_ForEachInteraction(string interaction, string method, string subtype, AuditEvent.AuditEventAction action)
    {
        var codes = AuditInteraction.Classify(interaction, method);

        Assert.Equal("rest", codes.Type.Code);
        Assert.Equal(AuditInteraction.EventTypeSystem, codes.Type.System);
        Assert.Equal(subtype, codes.Subtype!.Code);
        Assert.Equal(AuditInteraction.RestfulInteractionSystem, codes.Subtype.System);
        Assert.Equal(action, codes.Action);
    }

    [Fact]
    public void Classify_KeepsTheOperationName_WhenTheInteractionIsAnOperation()
    {
        Assert.Equal("$lookup", AuditInteraction.Classify("$lookup", "GET").Operation);
    }

    [Theory]
    [InlineData(200, false, AuditEvent.AuditEventOutcome.N0)]
    [InlineData(201, false, AuditEvent.AuditEventOutcome.N0)]
    [InlineData(304, false, AuditEvent.AuditEventOutcome.N0)]
    [InlineData(400, false, AuditEvent.AuditEventOutcome.N4)]
    [InlineData(401, false, AuditEvent.AuditEventOutcome.N4)]
    [InlineData(403, false, AuditEvent.AuditEventOutcome.N4)]
    [InlineData(404, false, AuditEvent.AuditEventOutcome.N4)]
    [InlineData(500, false, AuditEvent.AuditEventOutcome.N8)]
    [InlineData(503, false, AuditEvent.AuditEventOutcome.N8)]
    [InlineData(200, true, AuditEvent.AuditEventOutcome.N12)]
    public void OutcomeOf_MapsTheHttpStatus_ToBalpOutcome(int status, bool aborted, AuditEvent.AuditEventOutcome outcome)
    {
        Assert.Equal(outcome, AuditInteraction.OutcomeOf(status, aborted));
    }

    [Fact]
    public void Login_IsDicomUserAuthentication()
    {
        Assert.Equal(("http://dicom.nema.org/resources/ontology/DCM", "110114"), (AuditInteraction.Login.Type.System, AuditInteraction.Login.Type.Code));
    }
}
