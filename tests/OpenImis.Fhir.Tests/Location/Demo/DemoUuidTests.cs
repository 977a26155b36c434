using OpenImis.Fhir.Modules.Location.Demo;

namespace OpenImis.Fhir.Tests.Location.Demo;

public class DemoUuidTests
{
    [Fact]
    public void Next_GivesLowerCaseVersion4Uuid_WhenDrawn()
    {
        var uuid = DemoUuid.Next(new Random(1));

        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", uuid);
    }

    [Fact]
    public void Next_GivesSameSequence_WhenSeedIsTheSame()
    {
        var first = new Random(7);
        var second = new Random(7);

        Assert.Equal(
            Enumerable.Range(0, 50).Select(_ => DemoUuid.Next(first)),
            Enumerable.Range(0, 50).Select(_ => DemoUuid.Next(second)));
    }
}
