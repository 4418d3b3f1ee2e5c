namespace Dossier.Storage;

/// <summary>A window on a list: at most <see cref="MaxLimit"/> items from <see cref="Offset"/>.</summary>
public sealed record PageRequest
{
    public const int MaxLimit = 500;

    public const int DefaultLimit = 50;

    public PageRequest(int offset = 0, int limit = DefaultLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxLimit);
        Offset = offset;
        Limit = limit;
    }

    public int Offset { get; }

    public int Limit { get; }
}
