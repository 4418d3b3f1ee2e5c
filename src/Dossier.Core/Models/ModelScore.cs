namespace Dossier.Core.Models;

/// <summary>A model's score on gold data: token accuracy, and for chunks and entities the span scores.</summary>
public sealed record ModelScore(int Tokens, int CorrectTokens, SpanScore? Overall, IReadOnlyList<SpanScore> ByType)
{
    public double Accuracy => Tokens == 0 ? 0 : (double)CorrectTokens / Tokens;
}
