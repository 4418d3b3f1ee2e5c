using System.Globalization;

namespace Dossier.Core.Events;

/// <summary>
/// The CAMEO event table (codes, names, Goldstein values) read from <c>cameo-codes.tsv</c>, which is
/// embedded in the assembly. Root codes and QuadClass are derived from the code as GDELT does.
/// </summary>
public sealed class CameoTable
{
    private const string ResourceName = "Dossier.Core.Events.cameo-codes.tsv";

    private static readonly Lazy<CameoTable> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, CameoCode> _byCode;

    private CameoTable(Dictionary<string, CameoCode> byCode) => _byCode = byCode;

    /// <summary>The standard table shipped with Dossier.</summary>
    public static CameoTable Default => Embedded.Value;

    public IReadOnlyCollection<CameoCode> Codes => _byCode.Values;

    /// <summary>
    /// The entry for <paramref name="code"/>; a code the table lacks but whose parent it has
    /// ("0431" under "043") falls back to the nearest parent, since coders emit such extensions.
    /// </summary>
    public CameoCode? Find(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        for (var candidate = code.Trim(); candidate.Length >= 2; candidate = candidate[..^1])
        {
            if (_byCode.TryGetValue(candidate, out var entry))
            {
                return entry;
            }
        }

        return null;
    }

    public bool Contains(string code) => _byCode.ContainsKey(code);

    /// <summary>GDELT's QuadClass by root: 01–05 verbal cooperation, 06–09 material cooperation, 10–14 verbal conflict, 15–20 material conflict.</summary>
    public static int QuadClassOf(string rootCode)
    {
        var root = int.Parse(rootCode, NumberStyles.None, CultureInfo.InvariantCulture);
        return root switch
        {
            >= 1 and <= 5 => 1,
            >= 6 and <= 9 => 2,
            >= 10 and <= 14 => 3,
            >= 15 and <= 20 => 4,
            _ => throw new ArgumentOutOfRangeException(nameof(rootCode), rootCode, "CAMEO roots run from 01 to 20."),
        };
    }

    /// <summary>Reads the table format: <c>code TAB name TAB goldstein</c>, '#' comments.</summary>
    public static CameoTable Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var byCode = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3 || !IsCode(fields[0])
                || !double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein))
            {
                throw new InvalidDataException($"CAMEO table line {lineNumber}: expected 'code<TAB>name<TAB>goldstein', got '{line}'.");
            }

            var code = fields[0];
            var root = code[..2];
            if (string.CompareOrdinal(root, "01") < 0 || string.CompareOrdinal(root, "20") > 0)
            {
                throw new InvalidDataException($"CAMEO table line {lineNumber}: {code} is not under a CAMEO root 01–20.");
            }

            if (!byCode.TryAdd(code, new CameoCode(code, fields[1], root, QuadClassOf(root), goldstein)))
            {
                throw new InvalidDataException($"CAMEO table line {lineNumber}: code {code} appears twice.");
            }
        }

        return new CameoTable(byCode);
    }

    private static bool IsCode(string field) => field.Length is >= 2 and <= 4 && field.All(char.IsAsciiDigit);

    private static CameoTable LoadEmbedded()
    {
        using var stream = typeof(CameoTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The CAMEO table '{ResourceName}' is not embedded in Dossier.Core.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }
}
