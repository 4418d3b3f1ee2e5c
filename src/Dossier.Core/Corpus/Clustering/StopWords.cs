namespace Dossier.Core.CorpusAnalysis.Clustering;

/// <summary>English function words and reporting verbs that appear in articles on any topic.</summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(
        """
        a about above after again against ago all also am among an and another any are around as at
        be because been before being below between both but by can could did do does doing done down
        during each either else ever every few for from further get gets got had has have having he her
        here hers herself him himself his how however i if in into is it its itself just last least less
        like made make many may me might more most much must my myself near never new no nor not now of
        off on once one only or other our ours ourselves out over own per put said same say says saying
        see seen she should since so some still such than that the their theirs them themselves then
        there these they this those though through thus to too told under until up upon us very via
        was way we well were what when where whether which while who whom whose why will with within
        without would year years yet you your yours yourself yourselves week weeks day days today
        yesterday tomorrow time times mr mrs ms dr according report reports reported news first two three
        monday tuesday wednesday thursday friday saturday sunday
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    public static bool Contains(string word) => Words.Contains(word);
}
