using Microsoft.Extensions.Options;

namespace OpenImis.Fhir.Server.Export;

/// <summary>Where an export's files are: one folder per export, one file per chunk.</summary>
internal sealed class ExportFiles(IOptions<JobsOptions> options)
{
    public string Root { get; } = Path.Combine(AppContext.BaseDirectory, options.Value.ExportDirectory);

    public string Folder(Guid exportId) => Path.Combine(Root, exportId.ToString("N"));

    public string File(Guid exportId, int seq) => Path.Combine(Folder(exportId), $"{seq}.ndjson");

    /// <summary>A unique temporary name beside <paramref name="path"/>, renamed over it once complete.</summary>
    public static string Temporary(string path) => $"{path}.{Guid.NewGuid():N}{PartSuffix}";

    /// <summary>The ending of temporary files, which the cleanup removes once abandoned.</summary>
    public const string PartSuffix = ".part";

    public void Remove(Guid exportId)
    {
        var folder = Folder(exportId);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
