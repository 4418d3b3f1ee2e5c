using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using Dossier.Core.Model;

namespace Dossier.Core.Reading;

/// <summary>
/// Reads one input file into raw documents: checks size, unwraps gzip, decodes the bytes and
/// picks the format from the name (sniffing the content when the name does not say). Never
/// throws for bad input: every problem comes back as an <see cref="InputProblem"/> naming the file.
/// </summary>
public sealed class DocumentReader(ReadingOptions options)
{
    public DocumentReader()
        : this(ReadingOptions.Default)
    {
    }

    public ReadingOptions Options { get; } = options;

    public ReadResult Read(InputFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return ReadChecked(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(file, DiagnosticCodes.Unreadable, $"cannot read the file: {ex.Message}");
        }
    }

    private ReadResult ReadChecked(InputFile file)
    {
        var length = new FileInfo(file.FullPath).Length;
        if (length > Options.MaxBytes)
        {
            return Fail(file, DiagnosticCodes.TooLarge, $"the file is {Megabytes(length)}, over the limit of {Megabytes(Options.MaxBytes)} per input (raise it with --max-bytes)");
        }

        return ReadContent(file, File.ReadAllBytes(file.FullPath));
    }

    /// <summary>
    /// Reads bytes already in memory as if they were the content of <paramref name="file"/> (whose
    /// name still decides the format). Never throws for bad content.
    /// </summary>
    public ReadResult Read(InputFile file, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(bytes);
        return bytes.Length > Options.MaxBytes
            ? Fail(file, DiagnosticCodes.TooLarge, $"the file is {Megabytes(bytes.Length)}, over the limit of {Megabytes(Options.MaxBytes)} per input (raise it with --max-bytes)")
            : ReadContent(file, bytes);
    }

    private ReadResult ReadContent(InputFile file, byte[] bytes)
    {
        var hash = Hash(bytes);
        var content = bytes;
        if (InputFormats.IsGzip(file.FullPath))
        {
            var unzipped = Gunzip(bytes, out var gzipProblem);
            if (unzipped is null)
            {
                return Fail(file, gzipProblem!.Code, gzipProblem.Message);
            }

            content = unzipped;
        }

        if (content.AsSpan().IndexOfAnyExcept(WhitespaceBytes) < 0)
        {
            return Fail(file, DiagnosticCodes.Empty, content.Length == 0 ? "the file is empty" : "the file holds only white space");
        }

        var decoded = TextDecoder.Decode(content);
        if (decoded is null)
        {
            return Fail(file, DiagnosticCodes.Binary, "the file is binary data, not text");
        }

        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            return Fail(file, DiagnosticCodes.Empty, "the file holds only white space");
        }

        List<Diagnostic> warnings = decoded.Warning is null ? [] : [decoded.Warning];
        var id = InputFormats.IdOf(file.FullPath);
        return InputFormats.KindOf(file.FullPath) switch
        {
            InputKind.Json => JsonRecordReader.ReadJson(file, id, decoded.Text, warnings),
            InputKind.JsonLines => JsonRecordReader.ReadJsonLines(file, id, decoded.Text, warnings),
            InputKind.Html => Single(file, id, hash, InputFormat.Html, decoded.Text, warnings),
            InputKind.Text => Single(file, id, hash, Sniff(decoded.Text), decoded.Text, warnings),
            _ => ReadUnknown(file, id, hash, decoded.Text, warnings),
        };
    }

    // A file named on the command line with an unfamiliar extension: JSON if it parses as such, else text or HTML.
    private static ReadResult ReadUnknown(InputFile file, string id, string hash, string text, List<Diagnostic> warnings)
    {
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.StartsWith("{") || trimmed.StartsWith("["))
        {
            var asJson = JsonRecordReader.ReadJson(file, id, text, warnings);
            if (asJson.Documents.Count > 0)
            {
                return asJson;
            }
        }

        return Single(file, id, hash, Sniff(text), text, warnings);
    }

    private static InputFormat Sniff(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && head.Contains("<html", StringComparison.OrdinalIgnoreCase))
            ? InputFormat.Html
            : InputFormat.PlainText;
    }

    private static ReadResult Single(InputFile file, string id, string hash, InputFormat format, string text, List<Diagnostic> warnings) =>
        new(file, [new RawDocument(id, file.Source, hash, format, text, RecordHints.None, warnings)], []);

    private byte[]? Gunzip(byte[] bytes, out InputProblem? problem)
    {
        problem = null;
        try
        {
            using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                if (output.Length + read > Options.MaxBytes)
                {
                    problem = new InputProblem(string.Empty, DiagnosticCodes.TooLarge, $"the gzip content is over the limit of {Megabytes(Options.MaxBytes)} per input (raise it with --max-bytes)");
                    return null;
                }

                output.Write(buffer, 0, read);
            }

            // GZipStream ends quietly at the end of a truncated file; the trailer's ISIZE (length
            // mod 2^32 of the last member) tells whether everything arrived.
            if (bytes.Length < 18 || BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4)) != (uint)output.Length)
            {
                problem = new InputProblem(string.Empty, DiagnosticCodes.CorruptGzip, $"the gzip file is truncated or corrupt: {output.Length} bytes decompressed, which does not match its trailer");
                return null;
            }

            return output.ToArray();
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException)
        {
            problem = new InputProblem(string.Empty, DiagnosticCodes.CorruptGzip, $"not a valid gzip file, or truncated: {ex.Message}");
            return null;
        }
    }

    internal static string Hash(ReadOnlySpan<byte> bytes) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static ReadResult Fail(InputFile file, string code, string message) =>
        new(file, [], [new InputProblem(file.Source, code, message)]);

    private static string Megabytes(long bytes) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB");

    private static readonly System.Buffers.SearchValues<byte> WhitespaceBytes = System.Buffers.SearchValues.Create(" \t\r\n\f\v"u8);
}
