using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace PartyMembers.Bench;

/// A prepared INSERT for one entity type, built from the EF model: the columns, the CLR getters and EF's own type
/// mappings and value converters (enums as names, Guids and dates as EF writes them), so that rows written here read
/// back through EF exactly like rows the application saved. No change tracker, no audit interceptor.
internal sealed class RowWriter : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly List<Column> _columns = [];

    public RowWriter(SqliteConnection connection, IEntityType entityType)
    {
        Table = entityType.GetTableName() ?? throw new InvalidOperationException(entityType.Name + " has no table");
        foreach (var property in entityType.GetProperties())
        {
            _columns.Add(new Column(property.GetColumnName(), property.GetRelationalTypeMapping(), property.GetGetter(), null, property.IsNullable));
        }

        foreach (var complex in entityType.GetComplexProperties())
        {
            foreach (var property in complex.ComplexType.GetProperties())
            {
                _columns.Add(new Column(property.GetColumnName(), property.GetRelationalTypeMapping(), property.GetGetter(), complex.GetGetter(),
                    true));
            }
        }

        _command = connection.CreateCommand();
        _command.CommandText = $"INSERT INTO \"{Table}\" ({string.Join(", ", _columns.Select(c => "\"" + c.Name + "\""))}) "
            + $"VALUES ({string.Join(", ", _columns.Select((_, i) => "$p" + i))})";
        for (var i = 0; i < _columns.Count; i++)
        {
            var parameter = _columns[i].Mapping.CreateParameter(_command, "$p" + i, null, _columns[i].Nullable);
            _command.Parameters.Add(parameter);
        }

        CheckEveryRequiredColumnIsWritten(connection);
    }

    public string Table { get; }

    public SqliteTransaction? Transaction
    {
        set => _command.Transaction = value;
    }

    public void Write(object entity)
    {
        for (var i = 0; i < _columns.Count; i++)
        {
            var column = _columns[i];
            object? value;
            if (column.Owner is null)
            {
                value = column.Getter.GetClrValue(entity);
            }
            else
            {
                var owner = column.Owner.GetClrValue(entity);
                value = owner is null ? null : column.Getter.GetClrValue(owner);
            }

            if (value is not null && column.Mapping.Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }

            _command.Parameters[i].Value = value ?? DBNull.Value;
        }

        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();

    /// Others change the schema while the bench lives on: a NOT NULL column without default that the model does not
    /// know would make every insert fail, so say which one.
    private void CheckEveryRequiredColumnIsWritten(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name, \"notnull\", dflt_value FROM pragma_table_info('{Table}')";
        using var reader = command.ExecuteReader();
        var written = _columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        while (reader.Read())
        {
            var name = reader.GetString(0);
            if (!written.Contains(name) && reader.GetInt64(1) == 1 && reader.IsDBNull(2))
            {
                throw new InvalidOperationException($"{Table}.{name} is NOT NULL but not in the EF model: update the bench.");
            }
        }
    }

    private sealed record Column(string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter, IClrPropertyGetter? Owner, bool Nullable);
}
