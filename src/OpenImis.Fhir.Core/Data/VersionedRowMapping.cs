using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenImis.Fhir.Core.Data;

/// <summary>Maps openIMIS's versioned-row columns in one line of a module's entity configuration.</summary>
public static class VersionedRowMapping
{
    /// <summary>
    /// Maps <paramref name="table"/> with its integer key, its UUID (36 characters, unique index: the resource id is
    /// looked up through it) and the history columns <c>ValidityFrom</c>, <c>ValidityTo</c>, <c>LegacyID</c> and the
    /// audit user.
    /// </summary>
    /// <param name="builder">The entity's builder.</param>
    /// <param name="table">The openIMIS table, e.g. <c>tblHF</c>.</param>
    /// <param name="idColumn">The integer key column, e.g. <c>HfID</c>.</param>
    /// <param name="uuidColumn">The UUID column, e.g. <c>HfUUID</c>.</param>
    /// <param name="auditUserColumn">The audit user column; openIMIS spells it <c>AuditUserID</c> or <c>AuditUserId</c>.</param>
    /// <param name="auditUserRequired">Whether the audit user column is NOT NULL in openIMIS.</param>
    public static EntityTypeBuilder<T> MapVersionedRow<T>(
        this EntityTypeBuilder<T> builder,
        string table,
        string idColumn,
        string uuidColumn,
        string auditUserColumn = "AuditUserID",
        bool auditUserRequired = true)
        where T : class, IVersionedRow
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName(idColumn).ValueGeneratedOnAdd();
        builder.Property(e => e.Uuid).HasColumnName(uuidColumn).HasMaxLength(36).IsRequired();
        builder.HasIndex(e => e.Uuid).IsUnique();
        builder.Property(e => e.ValidityFrom).HasColumnName("ValidityFrom");
        builder.Property(e => e.ValidityTo).HasColumnName("ValidityTo");
        builder.Property(e => e.LegacyId).HasColumnName("LegacyID");
        builder.Property(e => e.AuditUserId).HasColumnName(auditUserColumn).IsRequired(auditUserRequired);
        return builder;
    }
}
