using System.Text.RegularExpressions;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Modules;

namespace OpenImis.Fhir.Tests.Architecture;

public sealed partial class DependencyRulesTests
{
    [Fact]
    public void Core_ReferencesNeitherModulesNorServer_WhenCompiled()
    {
        var references = typeof(IFhirModule).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain("OpenImis.Fhir.Modules", references);
        Assert.DoesNotContain("OpenImis.Fhir.Server", references);
    }

    // Modules are folders of one assembly, so the rule is read from the source: a module may name another
    // module's namespace only when it declares that module as a dependency.
    [Fact]
    public void Module_UsesOnlyDeclaredModules_WhenItsSourceIsRead()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "OpenImis.Fhir.Modules");
        var names = ModuleCatalog.All.Select(m => m.Name).ToHashSet();
        var violations = new List<string>();
        foreach (var module in ModuleCatalog.All)
        {
            var allowed = module.DependsOn.Append(module.Name).ToHashSet();
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, module.Name), "*.cs", SearchOption.AllDirectories))
            {
                foreach (Match match in ModuleNamespace().Matches(File.ReadAllText(file)))
                {
                    var used = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
                    if (names.Contains(used) && !allowed.Contains(used))
                    {
                        violations.Add($"{Path.GetRelativePath(root, file)} uses module '{used}', which {module.Name} does not declare.");
                    }
                }
            }

            Assert.True(Directory.Exists(Path.Combine(root, module.Name)), $"Module {module.Name} has no folder of its name.");
        }

        Assert.Empty(violations);
    }

    // Shared holds the openIMIS-wide guide helpers every module may use; it must not lean on any module, or every
    // module would depend on that one through it.
    [Fact]
    public void Shared_UsesNoModule_WhenItsSourceIsRead()
    {
        var shared = Path.Combine(RepositoryRoot(), "src", "OpenImis.Fhir.Modules", "Shared");
        var names = ModuleCatalog.All.Select(m => m.Name).ToHashSet();
        var violations = Directory.EnumerateFiles(shared, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => ModuleNamespace().Matches(File.ReadAllText(file))
                .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
                .Where(names.Contains)
                .Select(used => $"{Path.GetFileName(file)} uses module '{used}'."))
            .ToList();

        Assert.DoesNotContain("Shared", names);
        Assert.Empty(violations);
    }

    [Fact]
    public void Module_NamesAnotherModule_WhenReferencingItsEntity()
    {
        // Guards the rule above against a regex that matches nothing.
        Assert.Matches(ModuleNamespace(), "public Location.Data.Location? CurrentVillage { get; set; }");
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OpenImis.Fhir.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("OpenImis.Fhir.sln not found above the test output.");
    }

    [GeneratedRegex(@"OpenImis\.Fhir\.Modules\.([A-Z][A-Za-z]+)|\b([A-Z][A-Za-z]+)\.(?:Data|Mapping|Handlers|Search|Demo)\.")]
    private static partial Regex ModuleNamespace();
}
