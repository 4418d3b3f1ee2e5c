namespace Dossier.Core.Model;

/// <summary>A dated statement: the sentence that states something happened (or will) at Date.</summary>
public sealed record TimelineItem(string Date, string Doc, int Sentence, string Text);
