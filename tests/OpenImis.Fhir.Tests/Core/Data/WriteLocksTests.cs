using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Tests.Core.Data;

public sealed class WriteLocksTests
{
    [Fact]
    public void KeyOf_IsStable_WhenComputedTwice() =>
        Assert.Equal(WriteLocks.KeyOf("tblInsuree.CHFID", "123"), WriteLocks.KeyOf("tblInsuree.CHFID", "123"));

    // The scope is part of the key: a CHFID and a conditional create with the same text must not wait for each other.
    [Fact]
    public void KeyOf_Differs_WhenTheScopeDiffers() =>
        Assert.NotEqual(WriteLocks.KeyOf("tblInsuree.CHFID", "123"), WriteLocks.KeyOf("conditional:Patient", "123"));

    // A constant, so that every server process (and version) takes the same lock for the same value.
    [Fact]
    public void KeyOf_IsTheSameInEveryProcess_WhenTheValueIsFixed() =>
        Assert.Equal(-5463129311376858018L, WriteLocks.KeyOf("tblInsuree.CHFID", "123456789012"));
}
