using System.Text.Json;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.PolicyHolder.Data;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.PolicyHolder.Mapping;

/// <summary>A policy holder (<c>tblPolicyHolder</c>) as openimis-policy-holder-organization (type <c>bus</c>).</summary>
internal sealed class PolicyHolderMapper(ILocationLookup locations)
{
    public const string OrganizationTypeSystem = "http://terminology.hl7.org/CodeSystem/organization-type";

    private static readonly string[] LegalForms = ["Personal Company", "Limited Risk Company", "Association", "Government", "Union"];
    private static readonly string[] Activities = ["Retail", "Industry", "Building", "Sailing", "Services"];

    public Organization ToFhir(PolicyHolderRow row)
    {
        var id = row.Id.ToString();
        var organization = new Organization
        {
            Identifier = [IgIdentifiers.Create(IgIdentifiers.Code, row.Code), IgIdentifiers.Create(IgIdentifiers.Uuid, id)],
            Type = [new CodeableConcept(OrganizationTypeSystem, "bus", "Non-Healthcare Business or Corporation", null)],
            Name = row.TradeName,
        };
        AddTelecom(organization, ContactPoint.ContactPointSystem.Phone, row.Phone);
        AddTelecom(organization, ContactPoint.ContactPointSystem.Email, row.Email);
        AddTelecom(organization, ContactPoint.ContactPointSystem.Fax, row.Fax);

        var location = row.LocationId is { } locationId ? locations.Find(locationId) : null;
        organization.Address = [PolicyHolderAddress.Create(location, JsonText(row.Address, "address"))];

        if (JsonText(row.ContactName, "contactName") is { } contact)
        {
            organization.Contact = [new Organization.ContactComponent { Name = new HumanName { Text = contact } }];
        }

        AddCode(organization, OpenImisIg.PolicyHolderLegalForm, OpenImisIg.PolicyHolderLegalFormSystem, LegalForms, row.LegalForm);
        AddCode(organization, OpenImisIg.PolicyHolderActivity, OpenImisIg.PolicyHolderActivitySystem, Activities, row.ActivityCode);
        return organization;
    }

    /// <summary>
    /// The text of a JSON column the openIMIS frontend writes either as a JSON string or as an object holding it
    /// under <paramref name="property"/>; null when there is none.
    /// </summary>
    public static string? JsonText(string? json, string property)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var text = root.ValueKind switch
            {
                JsonValueKind.String => root.GetString(),
                JsonValueKind.Object when root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String => value.GetString(),
                _ => null,
            };
            return string.IsNullOrWhiteSpace(text) ? null : text;
        }
        catch (JsonException)
        {
            // Written by hand outside the frontend: the text is what there is.
            return json;
        }
    }

    // The code systems are 1-based; a number outside them is not shown rather than shown wrong.
    private static void AddCode(Organization organization, string url, string system, string[] displays, int? code)
    {
        if (code is { } c && c >= 1 && c <= displays.Length)
        {
            organization.Extension.Add(new Extension(url, new CodeableConcept(system, c.ToString(System.Globalization.CultureInfo.InvariantCulture), displays[c - 1], null)));
        }
    }

    private static void AddTelecom(Organization organization, ContactPoint.ContactPointSystem system, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            organization.Telecom.Add(new ContactPoint(system, null, value));
        }
    }
}
