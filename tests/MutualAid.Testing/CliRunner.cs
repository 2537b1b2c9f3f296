using MutualAid.Server.CommandLine;

namespace MutualAid.Testing;

public sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>Runs the <c>mutualaid</c> command line in-process with captured streams.</summary>
public static class CliRunner
{
    public static async Task<CliResult> RunWithInputAsync(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await MutualAidCommandLine.CreateDefault().RunAsync(args, input, output, error, CancellationToken.None);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    public static Task<CliResult> RunAsync(params string[] args) => RunWithInputAsync("", args);
}
