using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Modules.Insuree;
using OpenImis.Fhir.Modules.Location;

namespace OpenImis.Fhir.Tests.Modules.Insuree.Mapping;

/// <summary>
/// Sets an openIMIS column, named as in the mapping tables (<c>tblInsuree.FamilyID → tblFamilies.FamilyAddress</c>),
/// on an entity graph. The EF model of the modules says which property and navigation each column is; a missing
/// row on the way is created, with a new integer key that its referrer's foreign key names as well (the mappers
/// find villages by id, see <see cref="GraphLocations"/>).
/// </summary>
internal static class ColumnSetter
{
    private static readonly Lazy<IModel> LazyModel = new(BuildModel);

    // Above the fixture's ids, so that a created row never takes the key of one the fixture has.
    private static int _nextId = 1000;

    public static void Set(object root, string columnPath, string value)
    {
        var steps = columnPath.Split('→', StringSplitOptions.TrimEntries);
        var current = root;
        foreach (var step in steps[..^1])
        {
            var navigation = Navigation(EntityType(current, step), ColumnOf(step));
            current = navigation.PropertyInfo!.GetValue(current) ?? Create(current, navigation);
        }

        var last = steps[^1];
        var property = EntityType(current, last).GetProperties().FirstOrDefault(p => p.GetColumnName() == ColumnOf(last))
            ?? throw new InvalidOperationException($"No property is mapped to {last}.");
        property.PropertyInfo!.SetValue(current, Convert(value, property.ClrType));
    }

    private static IEntityType EntityType(object entity, string step)
    {
        var type = LazyModel.Value.FindEntityType(entity.GetType())
            ?? throw new InvalidOperationException($"{entity.GetType().Name} is not mapped.");
        var table = step[..step.IndexOf('.', StringComparison.Ordinal)];
        return type.GetTableName() == table
            ? type
            : throw new InvalidOperationException($"'{step}' names table {table}, but the row on this step is {type.GetTableName()}.");
    }

    private static string ColumnOf(string step) => step[(step.IndexOf('.', StringComparison.Ordinal) + 1)..];

    private static INavigation Navigation(IEntityType type, string column) =>
        type.GetNavigations().FirstOrDefault(n => n.IsOnDependent && n.ForeignKey.Properties.Any(p => p.GetColumnName() == column))
        ?? throw new InvalidOperationException($"{type.GetTableName()}.{column} is no foreign key with a navigation.");

    private static object Create(object owner, INavigation navigation)
    {
        var related = Activator.CreateInstance(navigation.TargetEntityType.ClrType)!;
        if (related is IVersionedRow row)
        {
            row.Uuid = Guid.NewGuid().ToString();
        }

        navigation.PropertyInfo!.SetValue(owner, related);
        var key = navigation.ForeignKey.PrincipalKey.Properties[0];
        var foreignKey = navigation.ForeignKey.Properties[0];
        if (key.ClrType == typeof(int) && foreignKey.PropertyInfo is { } foreignKeyProperty)
        {
            var id = Interlocked.Increment(ref _nextId);
            key.PropertyInfo!.SetValue(related, id);
            foreignKeyProperty.SetValue(owner, id);
        }

        return related;
    }

    private static object Convert(string value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target == typeof(DateOnly)
            ? DateOnly.Parse(value, CultureInfo.InvariantCulture)
            : System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    // The real model of the two modules; building it opens no connection.
    private static IModel BuildModel()
    {
        var modules = new EnabledModules([new LocationModule(), new InsureeModule()]);
        var options = new DbContextOptionsBuilder<ImisDbContext>()
            .UseOpenImis(new DatabaseOptions { ConnectionString = "Data Source=:memory:" }, modules).Options;
        using var db = new ImisDbContext(options);
        return db.Model;
    }
}
