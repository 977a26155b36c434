using System.Data;
using Microsoft.Data.Sqlite;
using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Insuree.Demo;

namespace OpenImis.Fhir.Bench.Generation;

/// <summary>
/// Prepared INSERTs in one transaction, with ids assigned here (SQLite has a single writer, and the
/// transaction holds the write lock). <c>PRAGMA defer_foreign_keys</c> lets each insuree carry its FamilyID
/// before its family exists; the keys are checked at commit.
/// </summary>
internal sealed class SqliteFamilyWriter(SqliteConnection connection) : ISyntheticFamilyWriter
{
    private static readonly string[] InsureeColumns =
    [
        "InsureeID", "InsureeUUID", "CHFID", "LastName", "OtherNames", "DOB", "Gender", "Marital", "IsHead", "CardIssued",
        "Phone", "Email", "passport", "TypeOfId", "CurrentAddress", "CurrentVillage", "FamilyID", "Relationship",
        "Profession", "Education", "Vulnerability", "isOffline", "status", "ValidityFrom", "AuditUserID",
    ];

    private static readonly string[] FamilyColumns =
    [
        "FamilyID", "FamilyUUID", "InsureeID", "LocationId", "Poverty", "FamilyType", "FamilyAddress",
        "ConfirmationNo", "ConfirmationType", "isOffline", "ValidityFrom", "AuditUserID",
    ];

    private SqliteTransaction? _transaction;
    private SqliteCommand? _insertInsuree;
    private SqliteCommand? _insertFamily;
    private int _lastInsureeId;
    private int _lastFamilyId;

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        _transaction = (SqliteTransaction)await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        await using (var defer = Command("PRAGMA defer_foreign_keys = ON"))
        {
            await defer.ExecuteNonQueryAsync(cancellationToken);
        }

        _lastInsureeId = await MaxAsync("tblInsuree", "InsureeID", cancellationToken);
        _lastFamilyId = await MaxAsync("tblFamilies", "FamilyID", cancellationToken);
        _insertInsuree = Insert("tblInsuree", InsureeColumns);
        _insertFamily = Insert("tblFamilies", FamilyColumns);
    }

    public async Task WriteAsync(IReadOnlyList<SyntheticFamily> batch, CancellationToken cancellationToken)
    {
        foreach (var family in batch)
        {
            family.Family.Id = ++_lastFamilyId;
            foreach (var insuree in family.Insurees)
            {
                insuree.Id = ++_lastInsureeId;
                insuree.FamilyId = family.Family.Id;
            }

            family.Family.HeadInsureeId = family.Head.Id;
            foreach (var insuree in family.Insurees)
            {
                await InsertInsureeAsync(insuree, cancellationToken);
            }

            await InsertFamilyAsync(family.Family, cancellationToken);
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => _transaction!.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_insertInsuree is not null)
        {
            await _insertInsuree.DisposeAsync();
        }

        if (_insertFamily is not null)
        {
            await _insertFamily.DisposeAsync();
        }

        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }
    }

    private Task InsertInsureeAsync(Modules.Insuree.Data.Insuree i, CancellationToken cancellationToken) =>
        ExecuteAsync(
            _insertInsuree!,
            cancellationToken,
            i.Id, i.Uuid, i.ChfId, i.LastName, i.OtherNames, i.BirthDate, i.GenderCode, i.Marital, i.IsHead, i.CardIssued,
            i.Phone, i.Email, i.Passport, i.TypeOfId, i.CurrentAddress, i.CurrentVillageId, i.FamilyId, i.RelationshipId,
            i.ProfessionId, i.EducationId, i.Vulnerability, i.IsOffline, i.Status, i.ValidityFrom, i.AuditUserId ?? 0);

    private Task InsertFamilyAsync(Family f, CancellationToken cancellationToken) =>
        ExecuteAsync(
            _insertFamily!,
            cancellationToken,
            f.Id, f.Uuid, f.HeadInsureeId, f.LocationId, f.Poverty, f.FamilyTypeCode, f.Address,
            f.ConfirmationNo, f.ConfirmationTypeCode, f.IsOffline, f.ValidityFrom, f.AuditUserId ?? 0);

    private static async Task ExecuteAsync(SqliteCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private SqliteCommand Insert(string table, string[] columns)
    {
        var command = Command(
            $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})");
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }

        command.Prepare();
        return command;
    }

    private async Task<int> MaxAsync(string table, string column, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT COALESCE(MAX(\"{column}\"), 0) FROM \"{table}\"");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }

    private SqliteCommand Command(string sql) => new(sql, connection, _transaction);
}
