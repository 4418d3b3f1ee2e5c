using Dossier.Core.Model;
using Dossier.Core.Models;
using Dossier.Core.Text;

namespace Dossier.Core.Events;

/// <summary>
/// Codes a plain sentence as a validation suite gives it: our tokenizer and part-of-speech tagger,
/// then <see cref="SentenceCoder"/>. Negated events are left out, as a CAMEO coder does.
/// </summary>
public sealed class RecordCoder(EventDictionaries dictionaries)
{
    private readonly SentenceCoder _coder = new(dictionaries);

    /// <param name="requireDyad">False to code events with a missing source or target as <c>---</c> (PETRARCH's require_dyad option).</param>
    public List<SentenceEvent> Code(string text, DateOnly? date, bool requireDyad = true)
    {
        var (words, _) = CodingWords.Split(text, Tokenizer.Tokenize(text));
        var tags = BuiltInModels.PartOfSpeech.Tag(words);
        return [.. _coder.Code(words, tags, date, requireDyad: requireDyad).Where(e => e.Mode != EventMode.Negated)];
    }

    public List<ExpectedCoding> Codings(string text, DateOnly? date, bool requireDyad = true) =>
        [.. Code(text, date, requireDyad).Select(e => new ExpectedCoding(e.SourceCode, e.TargetCode, e.Code)).Distinct()];
}
