using Dossier.Core.Model;
using Dossier.Core.Models;
using Dossier.Core.Text;

namespace Dossier.Core.Events;

/// <summary>
/// Codes a plain sentence as a validation suite gives it: our tokenizer and part-of-speech tagger,
/// then <see cref="SentenceCoder"/>, after dropping the comma-delimited clauses the record's options
/// name (the sentence is tagged whole first). Negated events are left out, as a CAMEO coder does,
/// unless the dictionaries' <see cref="CodingOntology"/> gives the negated code (UD-PETRARCH); the
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

        var events = _coder.Code(words, tags, date, requireDyad: options.RequireDyad).Select(Negated).OfType<SentenceEvent>().ToList();
        return ClauseScope.Filter(events, words, tags, options.Scope);
    }

    /// <summary>The record's codings; none when its input is rejected, as PETRARCH rejects an unbalanced parse.</summary>
    /// <summary>A negated event as the dictionaries' ontology codes it, else none; other events as they are.</summary>
    private SentenceEvent? Negated(SentenceEvent e) =>
        e.Mode != EventMode.Negated ? e
        : _coder.Dictionaries.Ontology is { } ontology && ontology.TryNegate(e.Code, out var negated) ? e with { Code = negated, Mode = EventMode.Asserted }
        : null;

    public List<ExpectedCoding> Codings(CodingRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.UnbalancedParse ? [] : Codings(record.Text, record.Date, record.Coding);
    }

    public List<ExpectedCoding> Codings(string text, DateOnly? date, CodingOptions? options = null) =>
        [.. Code(text, date, options).Select(e => new ExpectedCoding(e.SourceCode, e.TargetCode, e.Code)).Distinct()];
}
