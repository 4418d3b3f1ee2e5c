using Dossier.Core.Model;
using Dossier.Core.Reading;

namespace Dossier.Core.Tests.Reading;

public sealed class InputCollectorTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Directories_are_walked_recursively_in_ordinal_order_taking_supported_files_only()
    {
        _dir.File("b.txt", "b");
        _dir.File("a.html.gz", [1]);
        _dir.File("sub/c.jsonl", "{}");
        _dir.File("sub/notes.docx", "x");
        _dir.File(".hidden/d.txt", "d");
        _dir.File(".e.txt", "e");

        var set = InputCollector.Collect([_dir.Path]);

        Assert.Empty(set.Problems);
        Assert.Equal(["a.html.gz", "b.txt", "c.jsonl"], set.Files.Select(f => Path.GetFileName(f.FullPath)));
    }

    [Fact]
    public void A_file_named_explicitly_is_taken_whatever_its_extension()
    {
        var path = _dir.File("article.dump", "text");

        Assert.Single(InputCollector.Collect([path]).Files);
    }

    [Fact]
    public void A_missing_path_is_a_problem_and_the_others_are_still_collected()
    {
        var path = _dir.File("a.txt", "a");

        var set = InputCollector.Collect([Path.Combine(_dir.Path, "nope"), path]);

        Assert.Single(set.Files);
        Assert.Equal(DiagnosticCodes.PathNotFound, Assert.Single(set.Problems).Code);
    }

    [Fact]
    public void The_same_file_given_twice_is_read_once()
    {
        var path = _dir.File("a.txt", "a");

        Assert.Single(InputCollector.Collect([path, _dir.Path]).Files);
    }
}
