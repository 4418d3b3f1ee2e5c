namespace Dossier.Web;

public sealed record DossierWebOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5000";

    /// <summary>Where to listen; loopback unless the user names another address.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Largest request body accepted, in bytes.</summary>
    public long MaxRequestBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Generator version recorded with what is ingested through the API.</summary>
    public string GeneratorVersion { get; init; } = "0.0.0";
}
