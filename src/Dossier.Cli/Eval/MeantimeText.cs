using System.Globalization;
using System.Text;
using System.Xml;

namespace Dossier.Cli.Eval;

/// <summary>
/// A MEANTIME article rebuilt as running text from its tokens, with the character offsets where
/// its gold sentences end. The tokens carry no layout, so the layout of a WikiNews page is rebuilt:
/// the headline (recognised from the article's URL, not from the gold) and a leading dateline
/// ("May 14, 2009") on their own lines, then the body as one line with the spacing of ordinary
/// prose (no space before closing punctuation, straight double quotes). Paragraph breaks are lost,
/// which makes the body harder to split than the original page.
/// </summary>
internal sealed record MeantimeText(string Name, string Text, IReadOnlyList<int> GoldEnds)
{
    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    private readonly record struct GoldToken(string Text, int Sentence);

    public static MeantimeText Read(string path)
    {
        var tokens = new List<GoldToken>();
        string url = string.Empty;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using (var reader = XmlReader.Create(path, settings))
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Name == "Document")
                {
                    url = reader.GetAttribute("url") ?? string.Empty;
                }
                else if (reader.Name == "token")
                {
                    var sentence = int.Parse(reader.GetAttribute("sentence") ?? "0", CultureInfo.InvariantCulture);
                    tokens.Add(new GoldToken(reader.ReadElementContentAsString(), sentence));
                }
            }
        }

        return Build(Path.GetFileNameWithoutExtension(path), url, tokens);
    }

    private static MeantimeText Build(string name, string url, List<GoldToken> tokens)
    {
        var headline = HeadlineLength(url, tokens);
        var dateline = DatelineLength(tokens, headline);
        var text = new StringBuilder();
        var ends = new List<int>();
        var openQuote = false;
        var previousOpened = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            var original = tokens[k].Text;
            var token = original is "``" or "''" ? "\"" : original;
            var opening = original == "``" || (original == "\"" && !openQuote);
            var closing = original == "''" || (original == "\"" && openQuote);
            if (k > 0)
            {
                var lineBreak = (headline > 0 && k == headline) || (dateline > 0 && k == headline + dateline);
                if (lineBreak)
                {
                    text.Append('\n');
                }
                else if (!closing && SpaceBefore(tokens[k - 1].Text, original) && !previousOpened)
                {
                    text.Append(' ');
                }
            }

            openQuote = opening || (!closing && openQuote);
            previousOpened = opening || original == "`";

            text.Append(token);
            if (k + 1 == tokens.Count || tokens[k + 1].Sentence != tokens[k].Sentence)
            {
                ends.Add(text.Length);
            }
        }

        return new MeantimeText(name, text.ToString(), ends);
    }

    /// <summary>Whether prose puts a space between two tokens (quotation marks are handled by the caller).</summary>
    private static bool SpaceBefore(string previous, string token)
    {
        if (token is "," or "." or ";" or ":" or "?" or "!" or ")" or "]" or "%" or "n't" || token.StartsWith('\''))
        {
            return false;
        }

        return previous is not ("(" or "[" or "$" or "#" or "US$");
    }

    private static int HeadlineLength(string url, List<GoldToken> tokens)
    {
        var slash = url.LastIndexOf('/');
        if (slash < 0)
        {
            return 0;
        }

        // Letters and digits only: the URL and the tokens spell symbols differently ("£13" and "# 13").
        var headline = Squeeze(Uri.UnescapeDataString(url[(slash + 1)..]));
        var built = new StringBuilder();
        for (var k = 0; k < tokens.Count && built.Length < headline.Length; k++)
        {
            built.Append(Squeeze(tokens[k].Text));
            if (built.ToString() == headline)
            {
                // Take the symbols that close the headline too ("…by 45 %").
                while (k + 1 < tokens.Count && Squeeze(tokens[k + 1].Text).Length == 0 && tokens[k + 1].Sentence == tokens[k].Sentence)
                {
                    k++;
                }

                return k + 1;
            }
        }

        return 0;
    }

    private static int DatelineLength(List<GoldToken> tokens, int from)
    {
        var isDate = from + 3 < tokens.Count
            && Months.Contains(tokens[from].Text)
            && int.TryParse(tokens[from + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            && tokens[from + 2].Text == ","
            && tokens[from + 3].Text.Length == 4 && int.TryParse(tokens[from + 3].Text, NumberStyles.None, CultureInfo.InvariantCulture, out _);
        return isDate ? 4 : 0;
    }

    private static string Squeeze(string s) => string.Concat(s.Where(char.IsLetterOrDigit));
}
