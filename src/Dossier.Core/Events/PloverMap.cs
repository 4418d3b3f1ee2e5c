using System.Text.RegularExpressions;

namespace Dossier.Core.Events;

/// <summary>
/// The CAMEO → PLOVER conversion table (<c>cameo-plover-2021.txt</c>, a copy of the Open Event Data
/// Alliance's CAMEO2PLOVER-2021.txt, CC BY-SA 4.0, embedded in the assembly). CAMEO 01 and 02
/// (statements, appeals) have no PLOVER type: PLOVER dropped them.
/// </summary>
public sealed partial class PloverMap
{
    private const string ResourceName = "Dossier.Core.Events.cameo-plover-2021.txt";

    private static readonly Lazy<PloverMap> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, PloverCoding> _byCode;

    private PloverMap(Dictionary<string, PloverCoding> byCode) => _byCode = byCode;

    /// <summary>The 2021 table shipped with Dossier.</summary>
    public static PloverMap Default => Embedded.Value;

    public IReadOnlyDictionary<string, PloverCoding> ByCode => _byCode;

    /// <summary>The PLOVER coding of <paramref name="cameo"/>, from its own line or else its nearest parent's; null for codes PLOVER dropped.</summary>
    public PloverCoding? Find(string? cameo)
    {
        if (string.IsNullOrEmpty(cameo))
        {
            return null;
        }

        for (var candidate = cameo.Trim(); candidate.Length >= 2; candidate = candidate[..^1])
        {
            if (_byCode.TryGetValue(candidate, out var coding))
            {
                return coding;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads lines <c>CODE: TYPE, mode, context # comment</c>. A two-digit line ("08: CONCEDE")
    /// heads a block and codes the root itself; the root 08 heads two blocks (CONCEDE then
    /// RETREAT), so the first heading of a root wins. A code listed twice keeps its first line.
    /// </summary>
    public static PloverMap Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var byCode = new Dictionary<string, PloverCoding>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var match = MapLine().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var fields = match.Groups["fields"].Value.Split(',');
            var type = fields[0].Trim();
            if (type.Length == 0)
            {
                continue;
            }

            var mode = fields.Length > 1 ? fields[1].Trim() : string.Empty;
            var context = fields.Length > 2
                ? fields[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
            byCode.TryAdd(match.Groups["code"].Value, new PloverCoding(type, mode.Length == 0 ? null : mode, context));
        }

        return new PloverMap(byCode);
    }

    private static PloverMap LoadEmbedded()
    {
        using var stream = typeof(PloverMap).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The PLOVER map '{ResourceName}' is not embedded in Dossier.Core.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    [GeneratedRegex(@"\A(?<code>\d{2,4}):\s*(?<fields>[^#]*)")]
    private static partial Regex MapLine();
}
