namespace MutualAid.ActivityPub.Tests.Signatures.Conformance;

/// <summary>One vector: <see cref="RunAsync"/> gives null when every check passed, else what differed.</summary>
internal sealed record ConformanceCase(string Suite, string Id, Func<Task<string?>> RunAsync)
{
    public override string ToString() => Id;
}
