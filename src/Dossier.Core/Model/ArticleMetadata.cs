namespace Dossier.Core.Model;

/// <summary>What cleaning learned about an article besides its body.</summary>
public sealed record ArticleMetadata
{
    public static ArticleMetadata Empty { get; } = new();

    public string? Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public PublicationDate? Published { get; init; }

    /// <summary>Who published this copy.</summary>
    public string? Outlet { get; init; }

    /// <summary>Who the article was re-posted or syndicated from.</summary>
    public string? OriginalOutlet { get; init; }

    public string? Section { get; init; }

    public string? Language { get; init; }

    public string? Url { get; init; }
}
