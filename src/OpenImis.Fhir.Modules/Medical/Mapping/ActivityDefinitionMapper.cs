using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Medical.Data;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Medical.Mapping;

/// <summary>
/// Medical services (<c>tblServices</c>) ↔ openimis-activitiy-definition; the column → element table is
/// mappings/ActivityDefinition.md.
/// </summary>
internal sealed class ActivityDefinitionMapper(MedicalCodes codes, UsageContexts contexts, Money.Currencies? currency)
{
    public const string CodeElement = "ActivityDefinition.identifier[Code].value";

    // openIMIS's defaults for the columns the guide does not carry: a single service, priced from the price list.
    private const string SingleService = "S";

    public ActivityDefinition ToFhir(MedicalService row)
    {
        var definition = new ActivityDefinition
        {
            Identifier = IgIdentifiers.Of(row.Code, row),
            Name = row.Code,
            Title = row.Name,
            Status = PublicationStatus.Active,
            DateElement = new FhirDateTime(new DateTimeOffset(DateTime.SpecifyKind(row.ValidityFrom, DateTimeKind.Utc))),
            Kind = ActivityDefinition.RequestResourceType.ServiceRequest,
            Timing = MedicalValues.Timing(row.Frequency),
        };
        if (codes.ServiceType.ToConcept(row.Type) is { } type)
        {
            definition.Topic.Add(type);
        }

        AddContext(definition, contexts.Gender(row.PatientCategory));
        AddContext(definition, contexts.Age(row.PatientCategory));
        if (codes.ServiceCategory.ToConcept(row.Category) is { } category)
        {
            AddContext(definition, new UsageContext { Code = UsageContexts.TypeCoding(UsageContexts.WorkflowCode), Value = category });
        }

        AddContext(definition, contexts.Venue(row.CareType));
        definition.Extension.Add(MedicalValues.UnitPrice(OpenImisIg.UnitPrice, row.Price, currency));
        if (codes.ServiceLevel.ToConcept(row.Level) is { } level)
        {
            definition.Extension.Add(new Extension(OpenImisIg.ActivityDefinitionLevel, level));
        }

        return definition;
    }

    /// <summary>Writes the resource into the row; the code uniqueness check is the handler's (it needs the database).</summary>
    public void ToEntity(ActivityDefinition resource, MedicalService row)
    {
        if (resource.Status is not (null or PublicationStatus.Active))
        {
            throw FhirException.Unprocessable(
                "ActivityDefinition.status: openIMIS services are always active; delete the ActivityDefinition to retire it.",
                "ActivityDefinition.status");
        }

        row.Code = ColumnLimits.Required(Code(resource), MedicalColumns.CodeLength, CodeElement);
        row.Name = ColumnLimits.Required(resource.Title, MedicalColumns.NameLength, "ActivityDefinition.title");
        row.Type = codes.ServiceType.FromConcept(resource.Topic.FirstOrDefault(), "ActivityDefinition.topic")
            ?? throw FhirException.Unprocessable("ActivityDefinition.topic is required: openIMIS needs the service type.", "ActivityDefinition.topic");
        row.Level = codes.ServiceLevel.FromConcept(
            ExtensionValues.Of<CodeableConcept>(resource, OpenImisIg.ActivityDefinitionLevel, "ActivityDefinition.extension[level]"),
            "ActivityDefinition.extension[level]")
            ?? throw FhirException.Unprocessable("ActivityDefinition.extension[level] is required: openIMIS needs the service level.",
                "ActivityDefinition.extension[level]");
        row.Price = MedicalValues.Price(resource.GetExtension(OpenImisIg.UnitPrice), currency, "ActivityDefinition.extension[unitPrice]");
        row.Frequency = resource.Timing switch
        {
            null => null,
            Timing timing => MedicalValues.Frequency(timing, "ActivityDefinition.timingTiming"),
            _ => throw FhirException.Unprocessable("ActivityDefinition.timing[x] must be a Timing.", "ActivityDefinition.timing[x]"),
        };
        row.PatientCategory = contexts.PatientCategory(
            Context(resource, UsageContexts.GenderCode), Context(resource, UsageContexts.AgeCode),
            "ActivityDefinition.useContext[Gender]", "ActivityDefinition.useContext[Age]");
        row.CareType = contexts.CareType(Context(resource, UsageContexts.VenueCode), "ActivityDefinition.useContext[CareType]");
        row.Category = Category(resource, row.Category);
        if (string.IsNullOrEmpty(row.PackageType))
        {
            row.PackageType = SingleService;
        }
    }

    // The Code identifier and the name both carry the code; either will do, but they must agree.
    private static string? Code(ActivityDefinition resource)
    {
        var identifier = IgIdentifiers.Find(resource.Identifier, IgIdentifiers.Code);
        var name = string.IsNullOrEmpty(resource.Name) ? null : resource.Name;
        return identifier is not null && name is not null && identifier != name
            ? throw FhirException.Unprocessable(
                $"ActivityDefinition.name '{name}' differs from the Code identifier '{identifier}': both are the service code.", "ActivityDefinition.name")
            : identifier ?? name;
    }

    // A stored category the guide cannot express (H, V) is not emitted, so its absence on update keeps it.
    private string? Category(ActivityDefinition resource, string? stored)
    {
        const string element = "ActivityDefinition.useContext[Category]";
        if (Context(resource, UsageContexts.WorkflowCode) is not { } context)
        {
            return stored is not null && codes.ServiceCategory.Translate(stored) is null ? stored : null;
        }

        return codes.ServiceCategory.FromConcept(
            context.Value as CodeableConcept ?? throw FhirException.Unprocessable($"{element}: the value must be a CodeableConcept.", element),
            element);
    }

    private static UsageContext? Context(ActivityDefinition resource, string typeCode) =>
        resource.UseContext.FirstOrDefault(c => c.Code?.Code == typeCode && (c.Code.System is null || c.Code.System == UsageContexts.TypeSystem));

    private static void AddContext(ActivityDefinition definition, UsageContext? context)
    {
        if (context is not null)
        {
            definition.UseContext.Add(context);
        }
    }
}
