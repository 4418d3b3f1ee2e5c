namespace Dossier.Storage;

/// <summary>Opens the store a <c>--db</c> value names: a PostgreSQL URL or connection string, otherwise a SQLite file.</summary>
public static class DossierStores
{
    public const string DefaultDatabase = "dossier.db";

    public static IDossierStore Open(string database) =>
        PostgresConnection.IsPostgres(database) ? new PostgresDossierStore(database) : new SqliteDossierStore(database);
}
