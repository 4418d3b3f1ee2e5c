using System.CommandLine;

namespace Dossier.Cli;

/// <summary><c>dossier search QUERY [--db]</c>: full-text search over a store.</summary>
internal static class SearchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var query = new Argument<string[]>("query") { Description = "Words to find (all of them must match).", Arity = ArgumentArity.OneOrMore };
        var database = DatabaseOption.Create();
        var limit = new Option<int>("--limit", "-n") { Description = "Most results to show (1–500).", DefaultValueFactory = _ => 20 };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > Storage.PageRequest.MaxLimit)
            {
                r.AddError($"--limit must be between 1 and {Storage.PageRequest.MaxLimit}.");
            }
        });
        var command = new Command("search", "Search a store's documents, quotes, entities, events and stories; prints one hit per line: kind, reference, title and a snippet.")
        {
            query, database, limit,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var store = await DatabaseOption.OpenExistingAsync(parse.GetValue(database)!, error, cancellationToken).ConfigureAwait(false);
            if (store is null)
            {
                return ExitCodes.NothingAnalysed;
            }

            var hits = await store.SearchAsync(string.Join(' ', parse.GetValue(query)!), parse.GetValue(limit), cancellationToken).ConfigureAwait(false);
            foreach (var hit in hits)
            {
                var snippet = hit.Snippet.ReplaceLineEndings(" ");
                await output.WriteLineAsync($"{hit.Kind}\t{hit.Ref}\t{hit.Title ?? string.Empty}\t{snippet}").ConfigureAwait(false);
            }

            if (hits.Count == 0)
            {
                await error.WriteLineAsync("no matches").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
