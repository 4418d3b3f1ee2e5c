using Dossier.Storage;

namespace Dossier.Storage.Tests;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("Kim Putin", new[] { "Kim", "Putin" })]
    [InlineData("\"Vladivostok\" OR summit*", new[] { "Vladivostok", "OR", "summit" })]
    [InlineData("title:Kim -- '; DROP TABLE documents", new[] { "title", "Kim", "DROP", "TABLE", "documents" })]
    [InlineData("Кремль 2019", new[] { "Кремль", "2019" })]
    [InlineData("kim KIM Kim", new[] { "kim" })]
    public void Terms_are_words_and_numbers_only(string query, string[] expected) =>
        Assert.Equal(expected, SearchQuery.Terms(query));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"*:()^-")]
    [InlineData(null)]
    public void A_query_without_words_has_no_terms(string? query) => Assert.Empty(SearchQuery.Terms(query));

    [Fact]
    public void Long_queries_are_capped()
    {
        var query = string.Join(' ', Enumerable.Range(0, 100).Select(i => "w" + i));

        Assert.Equal(SearchQuery.MaxTerms, SearchQuery.Terms(query).Count);
    }

    [Theory]
    [InlineData(new[] { "the", "summit", "in", "Vladivostok" }, new[] { "summit", "Vladivostok" })]
    [InlineData(new[] { "The", "said" }, new[] { "said" })]
    [InlineData(new[] { "the", "of" }, new[] { "the", "of" })]
    public void Function_words_are_dropped_unless_nothing_else_is_left(string[] terms, string[] expected) =>
        Assert.Equal(expected, SearchQuery.WithoutFunctionWords(terms));
}
