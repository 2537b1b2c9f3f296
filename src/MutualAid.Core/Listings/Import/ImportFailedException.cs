namespace MutualAid.Core.Listings.Import;

/// <summary>At least one row was bad, so nothing was imported; lists every problem of every row.</summary>
public sealed class ImportFailedException(IReadOnlyList<ImportProblem> problems)
    : Exception($"Nothing was imported: {problems.Count} problem(s) in the file.")
{
    public IReadOnlyList<ImportProblem> Problems { get; } = problems;
}
