using System.Numerics;

namespace Dossier.Core.Models;

/// <summary>
/// Stable 32-bit hashes of words and feature templates. Features are never stored as strings:
/// each is a hash of (template, values) folded into a fixed number of weight rows, so a model is
/// a plain array and tagging allocates nothing per token. string.GetHashCode is randomised per
/// process, so it cannot be used for a saved model.
/// </summary>
internal static class FeatureHash
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>Hash of the characters as written.</summary>
    public static uint Exact(ReadOnlySpan<char> text)
    {
        var h = OffsetBasis;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }

        return h;
    }

    /// <summary>Hash of the lower-cased characters, with every digit read as 0 (years and scores generalise).</summary>
    public static uint Normalized(ReadOnlySpan<char> text)
    {
        var h = OffsetBasis;
        foreach (var c in text)
        {
            var n = char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);
            h = (h ^ n) * Prime;
        }

        return h;
    }

    /// <summary>Hash of the word's shape: X for upper case, x lower, d digit, other characters as they are; runs collapsed ("McDonald's" → XxXx'x).</summary>
    public static uint Shape(ReadOnlySpan<char> text)
    {
        var h = OffsetBasis;
        var previous = '\0';
        foreach (var c in text)
        {
            var kind = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (kind != previous)
            {
                h = (h ^ kind) * Prime;
                previous = kind;
            }
        }

        return h;
    }

    public static uint Combine(uint template, uint a) => Finish((template * 0x9E3779B1u) ^ a);

    public static uint Combine(uint template, uint a, uint b) => Finish(Combine(template, a) ^ BitOperations.RotateLeft(b * 0x85EBCA77u, 13));

    public static uint Combine(uint template, uint a, uint b, uint c) => Finish(Combine(template, a, b) ^ BitOperations.RotateLeft(c * 0xC2B2AE3Du, 17));

    // The MurmurHash3 finaliser: spreads every input bit over the bucket bits.
    private static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
