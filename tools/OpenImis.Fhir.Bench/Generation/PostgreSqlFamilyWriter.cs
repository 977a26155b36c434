using Npgsql;
using NpgsqlTypes;
using OpenImis.Fhir.Modules.Insuree.Demo;

namespace OpenImis.Fhir.Bench.Generation;

/// <summary>
/// Binary COPY into <c>tblInsuree</c> and <c>tblFamilies</c>. A family and its head reference each other. In a
/// real openIMIS database both foreign keys are DEFERRABLE, so deferring them lets every insuree go in with its
/// FamilyID before the families. The tables EF creates have immediate keys, so there the heads go in without
/// a FamilyID, then the families, then the members, and one UPDATE links the heads.
/// </summary>
internal sealed class PostgreSqlFamilyWriter(NpgsqlConnection connection) : ISyntheticFamilyWriter
{
    private const string InsureeCopy =
        """
        COPY "tblInsuree" ("InsureeID", "InsureeUUID", "CHFID", "LastName", "OtherNames", "DOB", "Gender", "Marital",
          "IsHead", "CardIssued", "Phone", "Email", "passport", "TypeOfId", "CurrentAddress", "CurrentVillage", "FamilyID",
          "Relationship", "Profession", "Education", "Vulnerability", "isOffline", "status", "ValidityFrom", "AuditUserID")
        FROM STDIN (FORMAT BINARY)
        """;

    private const string FamilyCopy =
        """
        COPY "tblFamilies" ("FamilyID", "FamilyUUID", "InsureeID", "LocationId", "Poverty", "FamilyType", "FamilyAddress",
          "ConfirmationNo", "ConfirmationType", "isOffline", "ValidityFrom", "AuditUserID")
        FROM STDIN (FORMAT BINARY)
        """;

    private NpgsqlTransaction? _transaction;
    private bool _deferred;

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        _transaction = await connection.BeginTransactionAsync(cancellationToken);
        _deferred = await ForeignKeysDeferrableAsync(cancellationToken);
        if (_deferred)
        {
            await ExecuteAsync("SET CONSTRAINTS ALL DEFERRED", _transaction, cancellationToken);
        }
    }

    public async Task WriteAsync(IReadOnlyList<SyntheticFamily> batch, CancellationToken cancellationToken)
    {
        var insureeIds = await NextIdsAsync("tblInsuree", "InsureeID", batch.Sum(f => f.Insurees.Count), cancellationToken);
        var familyIds = await NextIdsAsync("tblFamilies", "FamilyID", batch.Count, cancellationToken);
        var next = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            var family = batch[i];
            family.Family.Id = familyIds[i];
            foreach (var insuree in family.Insurees)
            {
                insuree.Id = insureeIds[next++];
                insuree.FamilyId = family.Family.Id;
            }

            family.Family.HeadInsureeId = family.Head.Id;
        }

        if (_deferred)
        {
            await CopyInsureesAsync(batch.SelectMany(f => f.Insurees), headsWithFamily: true, cancellationToken);
            await CopyFamiliesAsync(batch, cancellationToken);
            return;
        }

        await CopyInsureesAsync(batch.Select(f => f.Head), headsWithFamily: false, cancellationToken);
        await CopyFamiliesAsync(batch, cancellationToken);
        await CopyInsureesAsync(batch.SelectMany(f => f.Insurees.Skip(1)), headsWithFamily: true, cancellationToken);
        await using var link = new NpgsqlCommand(
            """
            UPDATE "tblInsuree" i SET "FamilyID" = f."FamilyID"
            FROM "tblFamilies" f
            WHERE f."FamilyID" = ANY(@ids) AND i."InsureeID" = f."InsureeID"
            """,
            connection,
            _transaction);
        link.Parameters.AddWithValue("ids", familyIds);
        await link.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await _transaction!.CommitAsync(cancellationToken);
        // Fresh statistics, or the planner guesses at a table it still believes empty.
        await ExecuteAsync("""ANALYZE "tblInsuree", "tblFamilies" """, null, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }
    }

    private async Task<bool> ForeignKeysDeferrableAsync(CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*) FROM pg_constraint
            WHERE contype = 'f' AND condeferrable
              AND conrelid IN ('"tblInsuree"'::regclass, '"tblFamilies"'::regclass)
              AND confrelid IN ('"tblInsuree"'::regclass, '"tblFamilies"'::regclass)
              AND conrelid <> confrelid
            """,
            connection,
            _transaction);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! == 2;
    }

    // nextval per row rather than setval: safe even while the server inserts into the same table.
    private async Task<int[]> NextIdsAsync(string table, string column, int count, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT nextval(pg_get_serial_sequence(@table, @column))::int FROM generate_series(1, @count)", connection, _transaction);
        command.Parameters.AddWithValue("table", $"\"{table}\"");
        command.Parameters.AddWithValue("column", column);
        command.Parameters.AddWithValue("count", count);
        var ids = new int[count];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; await reader.ReadAsync(cancellationToken); i++)
        {
            ids[i] = reader.GetInt32(0);
        }

        return ids;
    }

    private async Task CopyInsureesAsync(IEnumerable<Modules.Insuree.Data.Insuree> insurees, bool headsWithFamily, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(InsureeCopy, cancellationToken);
        foreach (var i in insurees)
        {
            copy.StartRow();
            copy.Write(i.Id, NpgsqlDbType.Integer);
            copy.Write(i.Uuid, NpgsqlDbType.Varchar);
            WriteText(copy, i.ChfId, NpgsqlDbType.Varchar);
            copy.Write(i.LastName, NpgsqlDbType.Varchar);
            copy.Write(i.OtherNames, NpgsqlDbType.Varchar);
            WriteValue(copy, i.BirthDate, NpgsqlDbType.Date);
            WriteText(copy, i.GenderCode, NpgsqlDbType.Varchar);
            WriteText(copy, i.Marital, NpgsqlDbType.Varchar);
            copy.Write(i.IsHead, NpgsqlDbType.Boolean);
            copy.Write(i.CardIssued, NpgsqlDbType.Boolean);
            WriteText(copy, i.Phone, NpgsqlDbType.Varchar);
            WriteText(copy, i.Email, NpgsqlDbType.Varchar);
            WriteText(copy, i.Passport, NpgsqlDbType.Varchar);
            WriteText(copy, i.TypeOfId, NpgsqlDbType.Varchar);
            WriteText(copy, i.CurrentAddress, NpgsqlDbType.Varchar);
            WriteValue(copy, i.CurrentVillageId, NpgsqlDbType.Integer);
            WriteValue(copy, i.IsHead && !headsWithFamily ? null : i.FamilyId, NpgsqlDbType.Integer);
            WriteValue(copy, i.RelationshipId, NpgsqlDbType.Smallint);
            WriteValue(copy, i.ProfessionId, NpgsqlDbType.Smallint);
            WriteValue(copy, i.EducationId, NpgsqlDbType.Smallint);
            WriteValue(copy, i.Vulnerability, NpgsqlDbType.Boolean);
            WriteValue(copy, i.IsOffline, NpgsqlDbType.Boolean);
            WriteText(copy, i.Status, NpgsqlDbType.Varchar);
            copy.Write(i.ValidityFrom, NpgsqlDbType.TimestampTz);
            copy.Write(i.AuditUserId ?? 0, NpgsqlDbType.Integer);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private async Task CopyFamiliesAsync(IReadOnlyList<SyntheticFamily> batch, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(FamilyCopy, cancellationToken);
        foreach (var f in batch.Select(b => b.Family))
        {
            copy.StartRow();
            copy.Write(f.Id, NpgsqlDbType.Integer);
            copy.Write(f.Uuid, NpgsqlDbType.Varchar);
            copy.Write(f.HeadInsureeId, NpgsqlDbType.Integer);
            WriteValue(copy, f.LocationId, NpgsqlDbType.Integer);
            WriteValue(copy, f.Poverty, NpgsqlDbType.Boolean);
            WriteText(copy, f.FamilyTypeCode, NpgsqlDbType.Varchar);
            WriteText(copy, f.Address, NpgsqlDbType.Varchar);
            WriteText(copy, f.ConfirmationNo, NpgsqlDbType.Varchar);
            WriteText(copy, f.ConfirmationTypeCode, NpgsqlDbType.Varchar);
            WriteValue(copy, f.IsOffline, NpgsqlDbType.Boolean);
            copy.Write(f.ValidityFrom, NpgsqlDbType.TimestampTz);
            copy.Write(f.AuditUserId ?? 0, NpgsqlDbType.Integer);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    // Synchronous writes: COPY buffers rows, and an await per column costs more than the flushes it would spare.
    private static void WriteText(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, type);
        }
    }

    private static void WriteValue<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } present)
        {
            copy.Write(present, type);
        }
        else
        {
            copy.WriteNull();
        }
    }

    private async Task ExecuteAsync(string sql, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
