namespace MutualAid.Core.Listings.Import;

/// <summary>One thing wrong with one row.</summary>
public sealed record ImportProblem(string Position, string Field, string Message)
{
    public override string ToString() => $"{Position}: {Field}: {Message}";
}
