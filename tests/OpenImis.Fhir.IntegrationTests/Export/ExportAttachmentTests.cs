using Hl7.Fhir.Model;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>
/// EX-22: the only attachment openIMIS data carries is the insuree photo (<c>tblPhotos.photo</c>, base64), exported
/// inline as <c>Patient.photo.data</c> with its content type, so it needs no second request and no token. Photos kept
/// only as files on the openIMIS host are not emitted (see mappings): there is no URL to hand out.
/// </summary>
public sealed class ExportAttachmentTests(ExportServerFixture server) : IClassFixture<ExportServerFixture>
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private readonly HttpClient _http = server.CreateClient();

    [Fact]
    public async System.Threading.Tasks.Task Export_CarriesThePhotoInline_WhenTheInsureeHasOne_EX22()
    {
        var (insureeId, uuid) = await InsureeAsync();
        await Sql.ExecuteAsync(server.ConnectionString, $"""
            WITH photo AS (
                INSERT INTO "tblPhotos" ("PhotoUUID", "InsureeID", "CHFID", "PhotoFileName", "OfficerID", "PhotoDate", "photo", "ValidityFrom")
                SELECT gen_random_uuid(), "InsureeID", "CHFID", 'face.png', 0, DATE '2024-03-01', '{Convert.ToBase64String(Png)}', now()
                FROM "tblInsuree" WHERE "InsureeID" = {insureeId}
                RETURNING "PhotoID")
            UPDATE "tblInsuree" SET "PhotoID" = (SELECT "PhotoID" FROM photo), "ValidityFrom" = now() WHERE "InsureeID" = {insureeId}
            """);

        var bulk = new BulkClient(_http);
        var patients = (await bulk.DownloadAsync(await bulk.ExportAsync("$export?_type=Patient"))).Cast<Patient>().ToList();
        var photo = Assert.Single(patients.Single(p => p.Id == uuid).Photo);
        Assert.Equal(Png, photo.Data);
        Assert.Equal("image/png", photo.ContentType);
        Assert.Null(photo.Url);

        // No other attachment points anywhere: nothing in the export needs a URL the client would have to fetch.
        Assert.All(patients.SelectMany(p => p.Photo), a => Assert.True(a.Data is { Length: > 0 } && a.Url is null));
    }

    private async Task<(long Id, string Uuid)> InsureeAsync()
    {
        var id = await Sql.CountAsync(server.ConnectionString, """SELECT min("InsureeID") FROM "tblInsuree" WHERE "ValidityTo" IS NULL AND "PhotoID" IS NULL""");
        var uuid = (await Sql.StringsAsync(server.ConnectionString, $"""SELECT lower("InsureeUUID") FROM "tblInsuree" WHERE "InsureeID" = {id}"""))[0];
        return (id, uuid);
    }
}
