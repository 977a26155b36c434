using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Conformance;

namespace OpenImis.Fhir.Tests.Core.Conformance;

public sealed class ConformanceStoreTests
{
    private static ValueSet ValueSet(string id, string url, string version = "1.0.0") => new() { Id = id, Url = url, Version = version };

    [Fact]
    public void Constructor_Throws_WhenAnIdIsUsedTwice()
    {
        Assert.Throws<InvalidDataException>(() => new ConformanceStore([ValueSet("a", "http://x/a"), ValueSet("a", "http://x/b")]));
    }

    [Fact]
    public void Constructor_Throws_WhenACanonicalUrlIsUsedTwice()
    {
        Assert.Throws<InvalidDataException>(() => new ConformanceStore([ValueSet("a", "http://x/a"), ValueSet("b", "http://x/a")]));
    }

    [Fact]
    public void FindByUrl_FindsTheResource_WhenVersionMatches()
    {
        var store = new ConformanceStore([ValueSet("a", "http://x/a", "2.0")]);
        Assert.Equal("a", store.FindByUrl("http://x/a|2.0")?.Id);
    }

    [Fact]
    public void FindByUrl_FindsNothing_WhenVersionDiffers()
    {
        var store = new ConformanceStore([ValueSet("a", "http://x/a", "2.0")]);
        Assert.Null(store.FindByUrl("http://x/a|1.0"));
    }

    [Fact]
    public void Load_Throws_WhenDirectoryDoesNotExist()
    {
        Assert.Throws<DirectoryNotFoundException>(() => ConformanceStore.Load(Path.Combine(AppContext.BaseDirectory, "no-such-folder"), []));
    }
}
