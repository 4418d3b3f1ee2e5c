namespace Dossier.Core.Tests;

/// <summary>
/// A fact that needs third-party data from <c>../shared/data</c>; it is skipped, with the reason,
/// where that data is absent (an end user's clone has no ../shared).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        RelativePath = relativePath;
        if (RepositoryPaths.SharedDataFile(relativePath) is null)
        {
            Skip = $"needs ../shared/data/{relativePath}, which is not present beside this clone";
        }
    }

    public string RelativePath { get; }
}
