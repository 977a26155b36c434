namespace OpenImis.Fhir.Bench;

/// <summary>
/// The SQL a Patient read and a family search need: the insuree, its family, the family's village with its
/// ward, district and region (the Patient address), and the photo. The UUID is matched through the unique
/// index, as the server does; the family name is matched as FHIR string search does (case-insensitive prefix).
/// </summary>
internal static class FloorQueries
{
    private const string Select =
        """
        SELECT i."InsureeUUID", i."CHFID", i."LastName", i."OtherNames", i."DOB", i."Gender", i."Marital",
               i."IsHead", i."CardIssued", i."Phone", i."Email", i."passport", i."TypeOfId", i."Education",
               i."Profession", i."Vulnerability", i."ValidityFrom", f."FamilyUUID", f."FamilyAddress",
               v."LocationUUID", v."LocationName", w."LocationName", d."LocationName", r."LocationName",
               p."PhotoFileName", p."PhotoDate"
        FROM "tblInsuree" i
        LEFT JOIN "tblFamilies" f ON f."FamilyID" = i."FamilyID"
        LEFT JOIN "tblLocations" v ON v."LocationId" = f."LocationId"
        LEFT JOIN "tblLocations" w ON w."LocationId" = v."ParentLocationId"
        LEFT JOIN "tblLocations" d ON d."LocationId" = w."ParentLocationId"
        LEFT JOIN "tblLocations" r ON r."LocationId" = d."ParentLocationId"
        LEFT JOIN "tblPhotos" p ON p."PhotoID" = i."PhotoID"
        """;

    public const string Read =
        Select + """
         WHERE i."InsureeUUID" IN (lower(@id), upper(@id)) AND i."ValidityTo" IS NULL
        """;

    public const string SearchPage =
        Select + """
         WHERE i."LastName" ILIKE @prefix AND i."ValidityTo" IS NULL ORDER BY i."InsureeID" LIMIT @count
        """;

    public const string SearchTotal =
        """SELECT count(*) FROM "tblInsuree" i WHERE i."LastName" ILIKE @prefix AND i."ValidityTo" IS NULL""";
}
