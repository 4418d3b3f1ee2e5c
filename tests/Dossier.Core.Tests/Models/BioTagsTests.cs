using Dossier.Core.Models;

namespace Dossier.Core.Tests.Models;

public class BioTagsTests
{
    [Fact]
    public void Iob1_spans_start_at_a_type_change_or_a_B_tag()
    {
        string[] tags = ["I-ORG", "O", "I-PER", "I-PER", "B-PER", "I-LOC"];

        var spans = BioTags.ToSpans(tags);

        Assert.Equal([new TagSpan(0, 1, "ORG"), new TagSpan(2, 4, "PER"), new TagSpan(4, 5, "PER"), new TagSpan(5, 6, "LOC")], spans);
    }

    [Fact]
    public void Iob1_is_rewritten_as_bio()
    {
        Assert.Equal(["B-ORG", "O", "B-PER", "I-PER", "B-PER"], BioTags.ToBio(["I-ORG", "O", "I-PER", "I-PER", "B-PER"]));
    }

    [Fact]
    public void Bilou_marks_last_and_one_token_spans_and_reads_back_as_bio()
    {
        string[] bio = ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG"];

        var bilou = BioTags.ToBilou(bio);

        Assert.Equal(["B-PER", "I-PER", "L-PER", "O", "U-LOC", "B-ORG", "L-ORG"], bilou);
        Assert.Equal(bio, BioTags.ToBio(bilou));
    }
}
