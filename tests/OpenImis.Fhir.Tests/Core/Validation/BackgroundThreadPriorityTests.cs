using OpenImis.Fhir.Core.Validation;

namespace OpenImis.Fhir.Tests.Core.Validation;

/// <summary>Start-up work is niced on Linux: the thread that asks, and only it, gets nice 10.</summary>
public sealed class BackgroundThreadPriorityTests
{
    [Fact]
    public void LowerCurrentThread_GivesThatThreadNiceTen_WhenOnLinux()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.False(BackgroundThreadPriority.LowerCurrentThread());
            return;
        }

        var own = Nice();
        (bool Lowered, int After) seen = default;

        // A thread of the test's own, so that no thread-pool thread of the runner stays niced.
        var thread = new Thread(() => seen = (BackgroundThreadPriority.LowerCurrentThread(), Nice()));
        thread.Start();
        thread.Join();

        Assert.True(seen.Lowered);
        Assert.Equal(10, seen.After);
        Assert.Equal(own, Nice());
    }

    // Field 19 of /proc/thread-self/stat, counted after the command name's closing parenthesis (the name may hold spaces).
    private static int Nice()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16], System.Globalization.CultureInfo.InvariantCulture);
    }
}
