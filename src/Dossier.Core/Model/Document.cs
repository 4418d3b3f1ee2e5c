namespace Dossier.Core.Model;

/// <summary>
/// One article and every layer the per-document steps add to it. A document is touched by one
/// step at a time (steps run in order for a document; documents run in parallel), so layers are
/// plain settable properties. Offsets in every layer point into <see cref="Text"/>.
/// </summary>
public sealed class Document
{
    private readonly List<Diagnostic> _warnings;
    private Dictionary<int, string[]>? _partsOfSpeech;
    private IReadOnlyList<Token>? _tokens = [];
    private bool _tokensAreStandard;

    public Document(RawDocument raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        Raw = raw;
        _warnings = [.. raw.Warnings];
    }

    public RawDocument Raw { get; private set; }

    public string Id => Raw.Id;

    public string Source => Raw.Source;

    public string ContentHash => Raw.ContentHash;

    public ArticleMetadata Metadata { get; set; } = ArticleMetadata.Empty;

    /// <summary>The clean body. Empty until a cleaning step runs.</summary>
    public string Text
    {
        get;
        set
        {
            field = value;

            // Tokens made from the old text cannot be made again from the new one.
            _tokensAreStandard = false;
        }
    } = string.Empty;

    public IReadOnlyList<RemovedBlock> Removed { get; set; } = [];

    public IReadOnlyList<Sentence> Sentences { get; set; } = [];

    /// <summary>
    /// The tokens of <see cref="Text"/>. Tokens made by the standard <see cref="global::Dossier.Core.Text.Tokenizer"/> are
    /// dropped by <see cref="ReleaseStepInputs"/> and made again from the text (and held again) when read
    /// after that: no corpus step reads them, and held they are about a third of an analysed document's memory.
    /// </summary>
    public IReadOnlyList<Token> Tokens
    {
        get => _tokens ??= global::Dossier.Core.Text.Tokenizer.Tokenize(Text);
        set
        {
            _tokens = value;
            _tokensAreStandard = false;
        }
    }

    public IReadOnlyList<Mention> Mentions { get; set; } = [];

    public IReadOnlyList<TimeMention> Times { get; set; } = [];

    public IReadOnlyList<Amount> Amounts { get; set; } = [];

    public IReadOnlyList<Quote> Quotes { get; set; } = [];

    public IReadOnlyList<CodedEvent> Events { get; set; } = [];

    /// <summary>
    /// Part-of-speech tags of the sentences a step has tagged, by sentence index: a cache, so that
    /// quote extraction and event coding tag each sentence once between them.
    /// </summary>
    public IDictionary<int, string[]> PartsOfSpeech => _partsOfSpeech ??= [];

    public IReadOnlyList<Diagnostic> Warnings => _warnings;

    public void AddWarning(Diagnostic warning) => _warnings.Add(warning);

    /// <summary>
    /// Drops what only the per-document steps read: the raw input's content (an HTML page is many
    /// times its clean body), the part-of-speech cache and the standard tokens (made again from the
    /// text if read later). The pipeline calls this once a document's steps are done, so that a
    /// corpus waiting for its corpus steps holds layers only.
    /// </summary>
    public void ReleaseStepInputs()
    {
        Raw = Raw with { Content = string.Empty };
        _partsOfSpeech = null;
        if (_tokensAreStandard)
        {
            _tokens = null;
        }
    }

    /// <summary>Sets tokens that <see cref="global::Dossier.Core.Text.Tokenizer.Tokenize(string)"/> made from <see cref="Text"/> as it is now.</summary>
    internal void SetStandardTokens(IReadOnlyList<Token> tokens)
    {
        _tokens = tokens;
        _tokensAreStandard = true;
    }

    /// <summary>The index of the sentence containing <paramref name="offset"/>, or -1 when it falls between sentences.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var span = Sentences[mid].Span;
            if (offset < span.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    public string TextOf(TextSpan span) => span.Of(Text);

    public override string ToString() => Id;
}
