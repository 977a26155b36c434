namespace OpenImis.Fhir.Bench;

/// <summary>
/// The SQL a Patient read and a family search need, the joins the server's read makes too: the insuree, its
/// family and the family's head (the contact), the family's village and the insuree's current village, each
/// with its ward, district and region (the address), and the photo. The UUID is matched through the unique
/// index, as the server does; the family name is matched the way the server's string search translates (lower(column) LIKE 'value%').
/// </summary>
internal static class FloorQueries
{
    private const string Select =
        """
        SELECT i."InsureeUUID", i."CHFID", i."LastName", i."OtherNames", i."DOB", i."Gender", i."Marital",
               i."IsHead", i."CardIssued", i."Phone", i."Email", i."passport", i."TypeOfId", i."Education",
               i."Profession", i."Vulnerability", i."ValidityFrom", f."FamilyUUID", f."FamilyAddress",
               v."LocationUUID", v."LocationName", w."LocationName", d."LocationName", r."LocationName",
               p."PhotoFileName", p."PhotoDate", p.photo, i."Relationship", h."LastName", h."OtherNames",
               i."CurrentAddress", cv."LocationUUID", cv."LocationName", cw."LocationName", cd."LocationName", cr."LocationName"
        FROM "tblInsuree" i
        LEFT JOIN "tblFamilies" f ON f."FamilyID" = i."FamilyID"
        LEFT JOIN "tblLocations" v ON v."LocationId" = f."LocationId"
        LEFT JOIN "tblLocations" w ON w."LocationId" = v."ParentLocationId"
        LEFT JOIN "tblLocations" d ON d."LocationId" = w."ParentLocationId"
        LEFT JOIN "tblLocations" r ON r."LocationId" = d."ParentLocationId"
        LEFT JOIN "tblInsuree" h ON h."InsureeID" = f."InsureeID"
        LEFT JOIN "tblLocations" cv ON cv."LocationId" = i."CurrentVillage"
        LEFT JOIN "tblLocations" cw ON cw."LocationId" = cv."ParentLocationId"
        LEFT JOIN "tblLocations" cd ON cd."LocationId" = cw."ParentLocationId"
        LEFT JOIN "tblLocations" cr ON cr."LocationId" = cd."ParentLocationId"
        LEFT JOIN "tblPhotos" p ON p."PhotoID" = i."PhotoID"
        """;

    public const string Read =
        Select + """
         WHERE i."InsureeUUID" IN (lower(@id), upper(@id)) AND i."ValidityTo" IS NULL
        """;

    public const string SearchPage =
        Select + """
         WHERE lower(i."LastName") LIKE @prefix AND i."ValidityTo" IS NULL ORDER BY i."InsureeID" LIMIT @count
        """;

    // Every live insuree in key order: what a bulk export of Patient reads.
    public const string All =
        Select + """
         WHERE i."ValidityTo" IS NULL ORDER BY i."InsureeID"
        """;

    public const string SearchTotal =
        """SELECT count(*) FROM "tblInsuree" i WHERE lower(i."LastName") LIKE @prefix AND i."ValidityTo" IS NULL""";
}
