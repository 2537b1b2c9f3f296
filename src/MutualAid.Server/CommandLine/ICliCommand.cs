namespace MutualAid.Server.CommandLine;

/// <summary>One verb of the command line. Returns the process exit code.</summary>
public interface ICliCommand
{
    /// <summary>Runs with the arguments that follow the verb (e.g. for <c>user add a@b --role admin</c>: <c>a@b --role admin</c>).</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context);
}
