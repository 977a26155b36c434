using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Tests.Core.Formatting;

/// <summary>One of each kind of resource the server writes, with a narrative, a meta and nested content.</summary>
internal static class SampleResources
{
    public static readonly string[] Names = ["Patient", "Group", "Bundle", "OperationOutcome", "CapabilityStatement"];

    public static Resource Create(string name) => name switch
    {
        "Patient" => Patient(),
        "Group" => Group(),
        "Bundle" => Bundle(),
        "OperationOutcome" => Outcome(),
        "CapabilityStatement" => Capability(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static Meta Meta() => new()
    {
        VersionId = "1700000000000000",
        LastUpdated = new DateTimeOffset(2024, 5, 17, 10, 0, 0, TimeSpan.Zero),
        Profile = ["https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/openimis-patient"],
    };

    private static Narrative Text(string words) => new()
    {
        Status = Narrative.NarrativeStatus.Generated,
        Div = $"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>{words}</p></div>",
    };

    private static Patient Patient() => new()
    {
        Id = "3f0c6a9e-7c1b-4d2a-9b7e-1a2b3c4d5e6f",
        Meta = Meta(),
        Text = Text("Jane O'Brien"),
        Identifier = [new Identifier("urn:example:chfid", "070707070")],
        Name = [new HumanName { Family = "O'Brien", Given = ["Jane"] }],
        Gender = AdministrativeGender.Female,
        BirthDate = "1980-02-29",
        Contact = [new Patient.ContactComponent { Name = new HumanName { Family = "Doe" } }],
    };

    private static Group Group() => new()
    {
        Id = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        Meta = Meta(),
        Text = Text("A family"),
        Type = Hl7.Fhir.Model.Group.GroupType.Person,
        Actual = true,
        Name = "O'Brien family",
        Member = [new Group.MemberComponent { Entity = new ResourceReference("Patient/3f0c6a9e-7c1b-4d2a-9b7e-1a2b3c4d5e6f") }],
    };

    private static OperationOutcome Outcome() => new()
    {
        Issue =
        [
            new OperationOutcome.IssueComponent
            {
                Severity = OperationOutcome.IssueSeverity.Warning,
                Code = OperationOutcome.IssueType.NotSupported,
                Diagnostics = "Parameter 'shoe-size' is not supported for this resource type and was ignored.",
            },
        ],
    };

    private static Bundle Bundle() => new()
    {
        Id = "b1",
        Meta = new Meta { LastUpdated = new DateTimeOffset(2024, 5, 17, 10, 0, 0, TimeSpan.Zero) },
        Type = Hl7.Fhir.Model.Bundle.BundleType.Searchset,
        Total = 2,
        Link = [new Bundle.LinkComponent { Relation = "self", Url = "http://localhost/fhir/Patient?name=o" }],
        Entry =
        [
            new Bundle.EntryComponent
            {
                FullUrl = "http://localhost/fhir/Patient/3f0c6a9e-7c1b-4d2a-9b7e-1a2b3c4d5e6f",
                Resource = Patient(),
                Search = new Bundle.SearchComponent { Mode = Hl7.Fhir.Model.Bundle.SearchEntryMode.Match },
            },
            new Bundle.EntryComponent
            {
                FullUrl = "http://localhost/fhir/Group/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                Resource = Group(),
                Search = new Bundle.SearchComponent { Mode = Hl7.Fhir.Model.Bundle.SearchEntryMode.Include },
            },
            new Bundle.EntryComponent
            {
                Resource = Outcome(),
                Search = new Bundle.SearchComponent { Mode = Hl7.Fhir.Model.Bundle.SearchEntryMode.Outcome },
            },
        ],
    };

    private static CapabilityStatement Capability() => new()
    {
        Id = "openimis-fhir",
        Text = Text("openIMIS FHIR server"),
        Url = "http://localhost/fhir/metadata",
        Name = "OpenImisFhir",
        Status = PublicationStatus.Active,
        Date = "2024-05-17",
        Kind = CapabilityStatementKind.Instance,
        FhirVersion = FHIRVersion.N4_0_1,
        Format = ["json", "xml"],
        Rest =
        [
            new CapabilityStatement.RestComponent
            {
                Mode = CapabilityStatement.RestfulCapabilityMode.Server,
                Resource =
                [
                    new CapabilityStatement.ResourceComponent
                    {
                        Type = "Patient",
                        Interaction = [new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Read }],
                    },
                ],
            },
        ],
    };
}
