namespace OpenImis.Fhir.Core.Conformance.Guide;

/// <summary>A page of the guide written in Markdown: <paramref name="Name"/> is its file name without extension (<c>index</c>).</summary>
public sealed record GuidePage(string Name, string Markdown);
