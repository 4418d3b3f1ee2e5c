using Dossier.Core.Model;
using Dossier.Core.Text;

namespace Dossier.Core.Tests.Text;

public sealed class TokenAlignmentTests
{
    private static IReadOnlyList<Token> Tokens(string text)
    {
        var document = new Document(new RawDocument("d", "d.txt", "sha256:0", InputFormat.PlainText, text, RecordHints.None, []));
        document.Text = text;
        new Tokenizer().Process(document, CancellationToken.None);
        return document.Tokens;
    }

    [Fact]
    public void A_span_starting_inside_a_token_widens_to_the_token()
    {
        const string text = "It was 1.5 a.m. then.";
        var start = text.IndexOf("5 a.m.", StringComparison.Ordinal);

        var snapped = TokenAlignment.Snap(Tokens(text), new TextSpan(start, start + "5 a.m.".Length));

        Assert.Equal("1.5 a.m.", text[snapped.Start..snapped.End]);
    }

    [Fact]
    public void A_span_ending_inside_a_token_widens_to_its_end()
    {
        const string text = "Officials met in the U.S. yesterday.";
        var start = text.IndexOf("the U.S", StringComparison.Ordinal);

        var snapped = TokenAlignment.Snap(Tokens(text), new TextSpan(start, start + "the U.S".Length));

        Assert.Equal("the U.S.", text[snapped.Start..snapped.End]);
    }

    [Fact]
    public void A_span_on_token_boundaries_is_unchanged_and_no_tokens_change_nothing()
    {
        const string text = "Kim met Putin.";
        var span = new TextSpan(4, 7);

        Assert.Equal(span, TokenAlignment.Snap(Tokens(text), span));
        Assert.Equal(new TextSpan(1, 2), TokenAlignment.Snap([], new TextSpan(1, 2)));
    }
}
