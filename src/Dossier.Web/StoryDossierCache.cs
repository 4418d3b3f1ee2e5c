using System.Collections.Concurrent;
using System.Text.Json;
using Dossier.Storage;

namespace Dossier.Web;

/// <summary>
/// Each story's dossier as the JSON bytes the API sends, built once per story and store version
/// (<see cref="IDossierStore.VersionAsync"/>): any ingest, by this server or another process,
/// changes the version, and the next request builds the dossier again.
/// </summary>
public sealed class StoryDossierCache
{
    // Beyond this many stories the cache starts over rather than tracking use.
    private const int MaxStories = 512;

    private readonly IDossierStore _store;
    private readonly JsonSerializerOptions _options;
    private readonly ConcurrentDictionary<string, StoryDossierBytes> _byStory = new(StringComparer.Ordinal);

    public StoryDossierCache(IDossierStore store, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _options = options;
    }

    /// <summary>The story's dossier as of the store's current version, or null when there is no such story.</summary>
    public async Task<StoryDossierBytes?> GetAsync(string id, CancellationToken cancellationToken)
    {
        // The version is read before the dossier: a write in between leaves the entry under the
        // older version, so the next request rebuilds it rather than keeping it.
        var version = await _store.VersionAsync(cancellationToken).ConfigureAwait(false);
        if (_byStory.TryGetValue(id, out var cached) && cached.Version == version)
        {
            return cached;
        }

        var dossier = await _store.StoryDossierAsync(id, cancellationToken).ConfigureAwait(false);
        if (dossier is null)
        {
            _byStory.TryRemove(id, out _);
            return null;
        }

        var built = new StoryDossierBytes(version, JsonSerializer.SerializeToUtf8Bytes(dossier, _options));
        if (_byStory.Count >= MaxStories)
        {
            _byStory.Clear();
        }

        _byStory[id] = built;
        return built;
    }
}

/// <summary>A story dossier serialised as UTF-8 JSON under the store version it was read at.</summary>
public sealed record StoryDossierBytes(string Version, ReadOnlyMemory<byte> Json)
{
    /// <summary>Changes exactly when the store's version does, so a client can revalidate with If-None-Match.</summary>
    public string ETag => $"\"{Version}\"";
}
