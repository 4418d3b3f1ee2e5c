using System.Text;
using Dossier.Core.Model;

namespace Dossier.Core.Reading;

/// <summary>
/// Decodes input bytes: a byte-order mark decides when present; otherwise strict UTF-8, then
/// BOM-less UTF-16 recognised by its pattern of zero bytes, then Windows-1252 (the usual encoding
/// of pages saved by older browsers) with a warning that the bytes were not valid UTF-8.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding Windows1252 = CreateWindows1252();

    /// <summary>Decodes <paramref name="bytes"/>, or returns null when they look binary rather than text.</summary>
    public static DecodedText? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Lenient(Encoding.UTF8, bytes[3..], "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Lenient(Encoding.UTF32, bytes[4..], "utf-32le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Lenient(Encoding.Unicode, bytes[2..], "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Lenient(Encoding.BigEndianUnicode, bytes[2..], "utf-16be");
        }

        if (LooksLikeUtf16(bytes, out var bigEndian))
        {
            return Lenient(bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode, bytes, bigEndian ? "utf-16be" : "utf-16le");
        }

        if (bytes.Contains((byte)0))
        {
            return null;
        }

        try
        {
            return Checked(StrictUtf8.GetString(bytes), "utf-8", null);
        }
        catch (DecoderFallbackException ex)
        {
            var warning = new Diagnostic(
                DiagnosticCodes.InvalidUtf8,
                $"not valid UTF-8 (bad byte at offset {ex.Index}); decoded as Windows-1252");
            return Checked(Windows1252.GetString(bytes), "windows-1252", warning);
        }
    }

    private static DecodedText? Lenient(Encoding encoding, ReadOnlySpan<byte> bytes, string name) =>
        Checked(encoding.GetString(bytes), name, null);

    // Decoded text that is mostly control characters is binary data with a text-like name.
    private static DecodedText? Checked(string text, string name, Diagnostic? warning)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var control = 0;
        foreach (var c in sample)
        {
            if (c == '\0' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
            {
                control++;
            }
        }

        return sample.Length > 0 && control * 20 > sample.Length ? null : new DecodedText(text, name, warning);
    }

    // BOM-less UTF-16: ASCII-heavy text puts a zero in every other byte, on one side only.
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 <= pairs)
        {
            return true;
        }

        if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 <= pairs)
        {
            bigEndian = true;
            return true;
        }

        return false;
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
