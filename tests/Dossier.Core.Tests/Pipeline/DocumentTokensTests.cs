using Dossier.Core.Model;
using Dossier.Core.Text;

namespace Dossier.Core.Tests.Pipeline;

public sealed class DocumentTokensTests
{
    private static Document Tokenized(string text)
    {
        var document = new Document(new RawDocument("d", "d.txt", "sha256:00", InputFormat.PlainText, text, RecordHints.None, []))
        {
            Text = text,
        };
        Tokenizer.Instance.Process(document, CancellationToken.None);
        return document;
    }

    [Fact]
    public void Standard_tokens_are_dropped_on_release_and_made_again_from_the_text_once_when_read()
    {
        var document = Tokenized("Kim Jong Un met Vladimir Putin in Vladivostok on Thursday.");
        var held = document.Tokens;

        document.ReleaseStepInputs();

        var remade = document.Tokens;
        Assert.NotSame(held, remade);
        Assert.Equal(held, remade);

        // A step run again on a processed document reads its tokens many times: they are made once.
        Assert.Same(remade, document.Tokens);

        document.ReleaseStepInputs();
        Assert.NotSame(remade, document.Tokens);
    }

    [Fact]
    public void Tokens_set_by_other_code_are_kept_through_a_release()
    {
        var document = Tokenized("Two words.");
        IReadOnlyList<Token> custom = [new Token(new TextSpan(0, 3), TokenKind.Word)];
        document.Tokens = custom;

        document.ReleaseStepInputs();

        Assert.Same(custom, document.Tokens);
    }

    [Fact]
    public void Tokens_of_a_text_changed_after_tokenizing_are_kept_as_they_were()
    {
        var document = Tokenized("First text.");
        var held = document.Tokens;
        document.Text = "A different and longer text.";

        document.ReleaseStepInputs();

        Assert.Same(held, document.Tokens);
    }
}
