namespace Dossier.Cli;

[Flags]
internal enum OutputFormat
{
    None = 0,
    Json = 1,
    Markdown = 2,
    Html = 4,
    All = Json | Markdown | Html,
}
