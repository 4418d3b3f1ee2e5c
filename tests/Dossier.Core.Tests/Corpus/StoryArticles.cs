using Dossier.Core.CorpusAnalysis.Clustering;

namespace Dossier.Core.Tests.CorpusAnalysis;

/// <summary>Short articles written for these tests: two unrelated stories, each told by several outlets, and a re-post.</summary>
internal static class StoryArticles
{
    public const string Eruption1 = "The Fagradalsfjall volcano in Iceland erupted again on Monday night, sending lava fountains into the sky near Grindavik. The Icelandic Meteorological Office said the fissure was about two kilometres long. Residents of Grindavik were evacuated as a precaution and the Blue Lagoon spa closed.";

    public const string Eruption2 = "Lava poured from a new fissure on the Reykjanes peninsula after the volcano near Grindavik erupted. Icelandic authorities evacuated the fishing town of Grindavik and shut the Blue Lagoon. Scientists at the Icelandic Meteorological Office warned that the eruption could continue for weeks.";

    public const string Eruption3 = "Iceland's latest volcanic eruption has forced the evacuation of Grindavik for the third time this year. The lava flow from the Reykjanes fissure stopped short of the town's defensive walls, the Meteorological Office said. Flights at Keflavik airport were not affected by the eruption.";

    public const string Transfer1 = "Borussia Dortmund have agreed to sell striker Karim Adeyemi to Arsenal for a fee of 60 million euros. The German club confirmed the transfer on its website, and Adeyemi will have a medical in London this week. Arsenal manager Mikel Arteta had wanted a new striker since January.";

    public const string Transfer2 = "Arsenal have completed the signing of Karim Adeyemi from Borussia Dortmund, paying 60 million euros for the striker. Mikel Arteta said the forward would add pace to the Arsenal attack. Dortmund will use the transfer fee to rebuild their squad.";

    public const string Transfer3 = "Karim Adeyemi says joining Arsenal is a dream come true after his transfer from Dortmund. The striker passed his medical in London and signed a five-year contract. Arteta welcomed Adeyemi at the club's training ground in north London.";

    /// <summary><see cref="Eruption1"/> re-posted by another site with a paragraph of its own added.</summary>
    public const string Eruption1Repost = Eruption1 + "\n\nThis is the sixth eruption on the peninsula since December, and experts expect more to follow in the coming years.";

    public static ClusterDocument Doc(string id, string title, string body, int day, params string[] entities) =>
        new(id, title, body, entities, new DateTime(2024, 5, day, 12, 0, 0, DateTimeKind.Utc));
}
