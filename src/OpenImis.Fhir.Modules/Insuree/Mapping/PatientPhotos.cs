using System.Globalization;
using System.Security.Cryptography;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Insuree.Mapping;

/// <summary>
/// The insuree photo: <c>tblPhotos.photo</c> (base64 text) as the IG's Data slice. Photos kept only as files
/// (folder and file name) are not emitted: the server does not serve those files, and the URL slice needs a size.
/// </summary>
internal static class PatientPhotos
{
    private const string Element = "Patient.photo";

    public static Attachment? ToFhir(Photo? photo)
    {
        if (photo?.Content is not { Length: > 0 } content)
        {
            return null;
        }

        var buffer = new byte[content.Length];
        if (!Convert.TryFromBase64String(content, buffer, out var length))
        {
            return null;
        }

        var data = buffer[..length];
        return new Attachment
        {
            ContentType = ContentType(data),
            Data = data,
            Title = photo.FileName ?? "photo",
            Creation = photo.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Hash = Sha1(data),
        };
    }

    /// <summary>
    /// A photo given as data becomes a new <c>tblPhotos</c> row unless it is the one the insuree has. A Patient without
    /// photo data keeps its photo: openIMIS keeps photos as enrolment evidence and history versions point at them.
    /// </summary>
    public static void ToEntity(Patient patient, Data.Insuree row, PatientLinks links)
    {
        if (patient.Photo.FirstOrDefault(a => a.Data is { Length: > 0 }) is not { Data: { } data } attachment)
        {
            return;
        }

        if (attachment.Hash is { Length: > 0 } hash && !hash.AsSpan().SequenceEqual(Sha1(data)))
        {
            throw FhirException.Unprocessable($"{Element}.hash is not the SHA-1 of {Element}.data.", $"{Element}.hash");
        }

        var content = Convert.ToBase64String(data);
        if (row.Photo?.Content == content)
        {
            return;
        }

        var date = CreationDate(attachment) ?? DateOnly.FromDateTime(links.Now);
        row.Photo = new Photo
        {
            Uuid = Guid.NewGuid().ToString(),
            InsureeId = row.Id == 0 ? null : row.Id,
            ChfId = row.ChfId,
            FileName = ColumnLimits.Fit(attachment.Title, 255, $"{Element}.title"),
            // The API knows no enrolment officer; 0 marks a system write, as openIMIS does for offline rows.
            OfficerId = 0,
            Date = date,
            Content = content,
            ValidityFrom = links.Now,
            AuditUserId = links.AuditUserId,
        };
        row.PhotoDate = date;
    }

    private static DateOnly? CreationDate(Attachment attachment) =>
        attachment.Creation is { Length: >= 10 } creation
        && DateOnly.TryParseExact(creation[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    // tblPhotos keeps no media type; the first bytes tell JPEG and PNG, the formats openIMIS clients send.
    private static string ContentType(byte[] data) =>
        data is [0x89, 0x50, 0x4E, 0x47, ..] ? "image/png" : "image/jpeg";

#pragma warning disable CA5350 // FHIR defines Attachment.hash as the SHA-1 of the data; it is no security control here.
    private static byte[] Sha1(byte[] data) => SHA1.HashData(data);
#pragma warning restore CA5350
}
