using Dossier.Storage;
using Npgsql;

namespace Dossier.Storage.Tests;

public sealed class PostgresConnectionTests
{
    [Fact]
    public void A_url_becomes_a_connection_string()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnection.ToConnectionString("postgres://ana:p%40ss@db.example:6543/news"));

        Assert.Equal("db.example", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("news", builder.Database);
        Assert.Equal("ana", builder.Username);
        Assert.Equal("p@ss", builder.Password);
    }

    [Fact]
    public void A_url_without_port_or_database_gets_the_defaults()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnection.ToConnectionString("postgresql://localhost"));

        Assert.Equal(5432, builder.Port);
        Assert.Equal("postgres", builder.Database);
    }

    [Theory]
    [InlineData("postgres://localhost/db", true)]
    [InlineData("Host=localhost;Database=db", true)]
    [InlineData("dossier.db", false)]
    [InlineData("/data/news/dossier.db", false)]
    public void Postgres_is_told_from_a_file(string database, bool postgres)
    {
        using var store = DossierStores.Open(database);

        Assert.Equal(postgres, PostgresConnection.IsPostgres(database));
        Assert.IsType(postgres ? typeof(PostgresDossierStore) : typeof(SqliteDossierStore), store, exactMatch: true);
    }
}
