namespace MutualAid.Federation.Tests.CommandLine;

/// <summary>
/// The in-process command line builds hosts, and a WebApplicationFactory starting at the same moment can capture
/// the wrong one; this collection runs alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CommandLineCollection
{
    public const string Name = "command line";
}
