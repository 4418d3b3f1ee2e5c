using Dossier.Storage;
using Npgsql;

namespace Dossier.Storage.Tests;

/// <summary>
/// The contract against a real PostgreSQL server: <c>DOSSIER_TEST_POSTGRES</c> names it (a
/// connection string or postgres:// URL; <c>.ci/run</c> starts one). Each test gets its own schema.
/// </summary>
public sealed class PostgresDossierStoreTests : DossierStoreContract, IStoreBackend
{
    public const string Variable = "DOSSIER_TEST_POSTGRES";

    private readonly List<string> _schemas = [];

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static string? SkipReason => Server is null
        ? $"no PostgreSQL server: set {Variable} to a connection string or postgres:// URL (.ci/run starts one)"
        : null;

    protected override IDossierStore CreateEmptyStore()
    {
        var schema = "dossier_test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(PostgresConnection.ToConnectionString(Server!)))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            command.ExecuteNonQuery();
        }

        _schemas.Add(schema);
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnection.ToConnectionString(Server!)) { SearchPath = schema };
        return new PostgresDossierStore(builder.ConnectionString);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || _schemas.Count == 0)
        {
            return;
        }

        using var connection = new NpgsqlConnection(PostgresConnection.ToConnectionString(Server!));
        connection.Open();
        foreach (var schema in _schemas)
        {
            using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
            command.ExecuteNonQuery();
        }
    }
}
