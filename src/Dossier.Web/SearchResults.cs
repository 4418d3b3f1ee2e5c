using Dossier.Storage;

namespace Dossier.Web;

public sealed record SearchResults(string Query, IReadOnlyList<SearchHit> Items);
