using System.IO.Compression;
using System.Text;
using Dossier.Core.Model;
using Dossier.Core.Reading;

namespace Dossier.Core.Tests.Reading;

public sealed class DocumentReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static ReadResult Read(string path, ReadingOptions? options = null) =>
        new DocumentReader(options ?? ReadingOptions.Default).Read(new InputFile(path, path));

    private static byte[] Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(content);
        }

        return buffer.ToArray();
    }

    private static InputProblem SingleProblem(ReadResult result)
    {
        Assert.Empty(result.Documents);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void Reads_plain_text_with_id_source_and_sha256_of_the_raw_bytes()
    {
        var path = _dir.File("abc.txt", "Kim met Putin.");

        var doc = Assert.Single(Read(path).Documents);

        Assert.Equal("abc", doc.Id);
        Assert.Equal(path, doc.Source);
        Assert.Equal(InputFormat.PlainText, doc.Format);
        Assert.Equal("Kim met Putin.", doc.Content);
        Assert.Equal("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))), doc.ContentHash);
        Assert.Empty(doc.Warnings);
    }

    [Theory]
    [InlineData("abc.html.gz", "abc")]
    [InlineData("abc.txt", "abc")]
    [InlineData("000_8cc3c08dea10cc53.txt", "000_8cc3c08dea10cc53")]
    [InlineData("noext", "noext")]
    public void Id_is_the_file_name_without_any_extension(string name, string id) => Assert.Equal(id, InputFormats.IdOf("/x/" + name));

    [Fact]
    public void Reads_gzipped_html()
    {
        var path = _dir.File("page.html.gz", Gzip(Encoding.UTF8.GetBytes("<html><body><p>Hello</p></body></html>")));

        var doc = Assert.Single(Read(path).Documents);

        Assert.Equal("page", doc.Id);
        Assert.Equal(InputFormat.Html, doc.Format);
        Assert.Contains("<p>Hello</p>", doc.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_file_holding_html_is_read_as_html()
    {
        var path = _dir.File("saved.txt", "  <!DOCTYPE html><html><body>x</body></html>");

        Assert.Equal(InputFormat.Html, Assert.Single(Read(path).Documents).Format);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x4B, 0x69, 0x6D }, "Kim")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x4B, 0x00, 0x69, 0x00, 0x6D, 0x00 }, "Kim")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x4B, 0x00, 0x69, 0x00, 0x6D }, "Kim")]
    [InlineData(new byte[] { 0x4B, 0x00, 0x69, 0x00, 0x6D, 0x00, 0x20, 0x00 }, "Kim ")]
    [InlineData(new byte[] { 0x43, 0x61, 0x66, 0xC3, 0xA9 }, "Café")]
    public void Detects_the_encoding(byte[] bytes, string expected)
    {
        var doc = Assert.Single(Read(_dir.File("enc.txt", bytes)).Documents);

        Assert.Equal(expected, doc.Content);
    }

    [Fact]
    public void Invalid_utf8_is_decoded_as_windows_1252_with_a_warning()
    {
        var path = _dir.File("latin.txt", [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94]);

        var doc = Assert.Single(Read(path).Documents);

        Assert.Equal("“Café”", doc.Content);
        var warning = Assert.Single(doc.Warnings);
        Assert.Equal(DiagnosticCodes.InvalidUtf8, warning.Code);
        Assert.Contains("not valid UTF-8", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Empty_or_blank_file_is_a_problem_naming_the_file(int spaces)
    {
        var path = _dir.File("empty.txt", new string(' ', spaces));

        var problem = SingleProblem(Read(path));

        Assert.Equal(DiagnosticCodes.Empty, problem.Code);
        Assert.Equal(path, problem.Source);
    }

    [Fact]
    public void Binary_file_with_a_text_name_is_a_problem()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var path = _dir.File("junk.txt", bytes);

        var problem = SingleProblem(Read(path));

        Assert.Equal(DiagnosticCodes.Binary, problem.Code);
        Assert.Contains("binary", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_over_the_size_limit_is_refused_without_reading_it()
    {
        var path = _dir.File("big.txt", new string('a', 5000));

        var problem = SingleProblem(Read(path, new ReadingOptions { MaxBytes = 1000 }));

        Assert.Equal(DiagnosticCodes.TooLarge, problem.Code);
        Assert.Contains("--max-bytes", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_200_MB_file_is_refused_by_the_default_limit()
    {
        var path = Path.Combine(_dir.Path, "huge.txt");
        using (var file = File.Create(path))
        {
            file.SetLength(200L * 1024 * 1024);
        }

        var problem = SingleProblem(Read(path));

        Assert.Equal(DiagnosticCodes.TooLarge, problem.Code);
        Assert.Contains("200 MB", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_bomb_is_stopped_at_the_limit()
    {
        var path = _dir.File("bomb.txt.gz", Gzip(new byte[100_000]));

        var problem = SingleProblem(Read(path, new ReadingOptions { MaxBytes = 10_000 }));

        Assert.Equal(DiagnosticCodes.TooLarge, problem.Code);
    }

    [Fact]
    public void Truncated_gzip_is_a_problem()
    {
        var whole = Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Kim met Putin in Vladivostok. ", 200))));
        var path = _dir.File("cut.txt.gz", whole[..(whole.Length / 2)]);

        var problem = SingleProblem(Read(path));

        Assert.Equal(DiagnosticCodes.CorruptGzip, problem.Code);
    }

    [Fact]
    public void Unreadable_path_is_a_problem_not_an_exception()
    {
        var problem = SingleProblem(Read(Path.Combine(_dir.Path, "missing.txt")));

        Assert.Equal(DiagnosticCodes.Unreadable, problem.Code);
    }

    [Fact]
    public void Json_object_gives_one_document_with_its_hints()
    {
        var path = _dir.File("rec.json", """{"title":"T","url":"https://x.test/a","published":"2019-04-25","outlet":"CGTN","text":"Body text."}""");

        var doc = Assert.Single(Read(path).Documents);

        Assert.Equal("rec", doc.Id);
        Assert.Equal("Body text.", doc.Content);
        Assert.Equal(new RecordHints("T", "https://x.test/a", "2019-04-25", "CGTN"), doc.Hints);
    }

    [Fact]
    public void Json_array_gives_numbered_documents_and_html_records_are_html()
    {
        var path = _dir.File("list.json", """[{"text":"One."},{"html":"<p>Two.</p>"},{"title":"no body"}]""");

        var result = Read(path);

        Assert.Equal(["list-1", "list-2"], result.Documents.Select(d => d.Id));
        Assert.Equal(InputFormat.Html, result.Documents[1].Format);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(DiagnosticCodes.RecordWithoutText, problem.Code);
        Assert.EndsWith("#3", problem.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_jsonl_line_is_reported_and_the_other_lines_are_read()
    {
        var path = _dir.File("feed.jsonl", "{\"text\":\"First.\"}\n{\"text\": broken\n\n{\"id\":\"x9\",\"text\":\"Third.\"}\n");

        var result = Read(path);

        Assert.Equal(["feed-1", "x9"], result.Documents.Select(d => d.Id));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(DiagnosticCodes.InvalidJson, problem.Code);
        Assert.Contains("line 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_file_is_a_problem()
    {
        var problem = SingleProblem(Read(_dir.File("bad.json", "{\"text\": ")));

        Assert.Equal(DiagnosticCodes.InvalidJson, problem.Code);
    }

    [Fact]
    public void Non_string_field_is_ignored_with_a_warning()
    {
        var doc = Assert.Single(Read(_dir.File("r.json", """{"text":"Body.","title":42}""")).Documents);

        Assert.Null(doc.Hints.Title);
        Assert.Contains(doc.Warnings, w => w.Code == DiagnosticCodes.InvalidRecordField);
    }
}
