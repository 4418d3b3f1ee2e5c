using Dossier.Core.Model;

namespace Dossier.Core.Recognition;

/// <summary>The date relative expressions are resolved against, with how precisely it is known.</summary>
/// <param name="Label"><c>published</c> or <c>latest-stated</c>: copied into <see cref="TimeMention.Anchor"/>.</param>
internal sealed record TimeAnchor(DateOnly Date, DatePrecision Precision, string Label)
{
    public bool Knows(DatePrecision needed) => Precision >= needed;
}
