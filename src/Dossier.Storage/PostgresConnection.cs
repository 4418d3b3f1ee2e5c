using Npgsql;

namespace Dossier.Storage;

/// <summary>Accepts PostgreSQL connections as <c>postgres://user:password@host:port/database</c> or as a connection string.</summary>
public static class PostgresConnection
{
    public static bool IsPostgres(string database) =>
        database.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || database.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || database.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static string ToConnectionString(string database)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        if (!database.Contains("://", StringComparison.Ordinal))
        {
            return database;
        }

        var uri = new Uri(database);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } name ? name : "postgres",
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        return builder.ConnectionString;
    }
}
