using System.Globalization;

namespace Dossier.Core.Model;

public enum DatePrecision
{
    Year,
    Month,
    Day,
    Minute,
}

/// <summary>A publication date with only the precision the source states; the offset is known only when the source gives a zone.</summary>
public sealed record PublicationDate(DateTime Value, DatePrecision Precision, TimeSpan? Offset = null)
{
    public DateOnly Date => DateOnly.FromDateTime(Value);

    public string ToIso() => Precision switch
    {
        DatePrecision.Year => Value.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => Value.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Day => Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ when Offset is { } offset => new DateTimeOffset(Value, offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        _ => Value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
    };

    public override string ToString() => ToIso();
}
