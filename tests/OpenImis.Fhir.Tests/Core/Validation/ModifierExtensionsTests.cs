using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Validation;

namespace OpenImis.Fhir.Tests.Core.Validation;

public sealed class ModifierExtensionsTests
{
    private const string Known = "http://example.org/known";
    private const string Unknown = "http://example.org/unknown";
    private static readonly HashSet<string> Understood = [Known];

    private static Extension Modifier(string? url) => new() { Url = url, Value = new FhirBoolean(true) };

    private static Patient WithModifiers() => new()
    {
        ModifierExtension = [Modifier(Known), Modifier(Unknown)],
        Contact =
        [
            new Patient.ContactComponent(),
            new Patient.ContactComponent { ModifierExtension = [Modifier(Unknown)] },
        ],
        Contained =
        [
            new Group
            {
                Type = Group.GroupType.Person,
                Actual = true,
                Member = [new Group.MemberComponent { ModifierExtension = [Modifier(Unknown)] }],
            },
        ],
        Extension = [new Extension(Unknown, new FhirString("a plain extension changes nothing"))],
    };

    [Fact]
    public void FindUnknown_GivesThePathOfEach_WhenUnknownOnesAreNestedAndContained()
    {
        var paths = ModifierExtensions.FindUnknown(WithModifiers(), Understood).Select(u => u.Path);
        Assert.Equal(
            ["Patient.contained[0].member[0].modifierExtension[0]", "Patient.modifierExtension[1]", "Patient.contact[1].modifierExtension[0]"],
            paths);
    }

    [Fact]
    public void FindUnknown_GivesTheUrl_WhenAnExtensionIsUnknown()
    {
        var found = ModifierExtensions.FindUnknown(new Patient { ModifierExtension = [Modifier(Unknown)] }, Understood);
        Assert.Equal(Unknown, found.Single().Url);
    }

    [Fact]
    public void FindUnknown_FindsNothing_WhenEveryModifierIsUnderstood()
    {
        Assert.Empty(ModifierExtensions.FindUnknown(new Patient { ModifierExtension = [Modifier(Known)] }, Understood));
    }

    [Fact]
    public void FindUnknown_FindsOne_WhenAModifierHasNoUrl()
    {
        Assert.Single(ModifierExtensions.FindUnknown(new Patient { ModifierExtension = [Modifier(null)] }, Understood));
    }

    [Fact]
    public void FindUnknown_IgnoresPlainExtensions_WhenTheirUrlIsUnknown()
    {
        Assert.Empty(ModifierExtensions.FindUnknown(new Patient { Extension = [Modifier(Unknown)] }, Understood));
    }

    [Fact]
    public void FindUnknown_LooksIntoBundleEntries_WhenGivenABundle()
    {
        var bundle = new Bundle
        {
            Type = Bundle.BundleType.Transaction,
            Entry = [new Bundle.EntryComponent { Resource = new Patient { ModifierExtension = [Modifier(Unknown)] } }],
        };
        Assert.Equal("Bundle.entry[0].resource.modifierExtension[0]", ModifierExtensions.FindUnknown(bundle, Understood).Single().Path);
    }

    [Fact]
    public void ThrowIfUnknown_Throws422_WhenAModifierIsUnknown()
    {
        var ex = Assert.Throws<FhirException>(() => ModifierExtensions.ThrowIfUnknown(WithModifiers(), Understood));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ex.Status);
    }

    [Fact]
    public void ThrowIfUnknown_ListsEachAsNotSupported_WhenSeveralAreUnknown()
    {
        var ex = Assert.Throws<FhirException>(() => ModifierExtensions.ThrowIfUnknown(WithModifiers(), Understood));
        Assert.Equal(
            ["Patient.contained[0].member[0].modifierExtension[0]", "Patient.modifierExtension[1]", "Patient.contact[1].modifierExtension[0]"],
            ex.Outcome.Issue.Select(i => i.Code == OperationOutcome.IssueType.NotSupported ? i.Expression.Single() : null));
    }

    [Fact]
    public void ThrowIfUnknown_Returns_WhenEveryModifierIsUnderstood()
    {
        ModifierExtensions.ThrowIfUnknown(new Patient { ModifierExtension = [Modifier(Known)] }, Understood);
    }
}
