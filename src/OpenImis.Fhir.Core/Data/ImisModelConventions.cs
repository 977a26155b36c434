using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpenImis.Fhir.Core.Data;

/// <summary>Provider-specific touches applied after the modules mapped their tables.</summary>
public static class ImisModelConventions
{
    private const string JsonbAnnotation = "OpenImis:Jsonb";

    private static readonly ValueConverter<DateTime, DateTime> UtcConverter =
        new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private static readonly ValueConverter<DateTime?, DateTime?> NullableUtcConverter =
        new(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);

    /// <summary>Marks a JSON text column that PostgreSQL stores as <c>jsonb</c> (openIMIS <c>JsonExt</c>).</summary>
    public static PropertyBuilder<string?> IsJsonb(this PropertyBuilder<string?> property) =>
        property.HasAnnotation(JsonbAnnotation, true);

    internal static void Apply(ModelBuilder modelBuilder, bool npgsql)
    {
        // Every UPDATE of a versioned row carries the version it replaces ("ValidityFrom" = original): a row that
        // changed since it was read, by this server or by openIMIS itself, fails the write instead of being
        // overwritten silently. WriteTransactions retries or refuses it.
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IVersionedRow).IsAssignableFrom(e.ClrType)))
        {
            entity.FindProperty(nameof(IVersionedRow.ValidityFrom))?.IsConcurrencyToken = true;
        }

        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (npgsql && property.FindAnnotation(JsonbAnnotation) is not null)
            {
                property.SetColumnType("jsonb");
            }

            if (!npgsql)
            {
                ApplySqliteUtc(property);
            }
        }
    }

    // SQLite hands DateTimes back as Unspecified; openIMIS timestamps are timestamptz, so say they are UTC.
    private static void ApplySqliteUtc(IMutableProperty property)
    {
        if (property.ClrType == typeof(DateTime))
        {
            property.SetValueConverter(UtcConverter);
        }
        else if (property.ClrType == typeof(DateTime?))
        {
            property.SetValueConverter(NullableUtcConverter);
        }
    }
}
