using Dossier.Core.Model;
using Dossier.Core.Models;
using Dossier.Core.Text;

namespace Dossier.Core.Events;

/// <summary>
/// Codes a plain sentence as a validation suite gives it: our tokenizer and part-of-speech tagger,
/// then <see cref="SentenceCoder"/>, after dropping the comma-delimited clauses the record's options
/// name (the sentence is tagged whole first). Negated events are left out, as a CAMEO coder does; the
/// record's <see cref="CodingOptions"/> say whether a dyad is required and which events are kept.
/// </summary>
public sealed class RecordCoder(EventDictionaries dictionaries)
{
    private readonly SentenceCoder _coder = new(dictionaries);

    public List<SentenceEvent> Code(string text, DateOnly? date, CodingOptions? options = null)
    {
        options ??= CodingOptions.Default;
        if (options.MinimumWords > 0 && text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit)) < options.MinimumWords)
        {
            return [];
        }

        var (words, _) = CodingWords.Split(text, Tokenizer.Tokenize(text));
        var tags = BuiltInModels.PartOfSpeech.Tag(words);
        if (options.Commas is { } limits)
        {
            var kept = CommaClauses.Kept(words, tags, limits);
            if (kept.Count < words.Length)
            {
                words = [.. kept.Select(t => words[t])];
                tags = [.. kept.Select(t => tags[t])];
            }
        }

        var events = _coder.Code(words, tags, date, requireDyad: options.RequireDyad).Where(e => e.Mode != EventMode.Negated).ToList();
        return ClauseScope.Filter(events, words, tags, options.Scope);
    }

    public List<ExpectedCoding> Codings(string text, DateOnly? date, CodingOptions? options = null) =>
        [.. Code(text, date, options).Select(e => new ExpectedCoding(e.SourceCode, e.TargetCode, e.Code)).Distinct()];
}
