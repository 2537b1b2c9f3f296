using MutualAid.Core.Accounts;
using MutualAid.Core.Collectives;

namespace MutualAid.Server.CommandLine;

/// <summary><c>mutualaid user add &lt;email&gt; --collective &lt;slug&gt; --role admin --password-stdin</c></summary>
internal sealed class UserAddCommand : ICliCommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context)
    {
        var parsed = CommandArguments.Parse(args, ["collective", "role", .. CommandArguments.StorageOptions], ["password-stdin"], positionals: 1);
        var role = parsed.Value("role") switch
        {
            null or "editor" => MemberRole.Editor,
            "admin" => MemberRole.Admin,
            var other => throw new UsageException($"--role must be admin or editor, not '{other}'."),
        };

        if (!parsed.Flag("password-stdin"))
        {
            throw new UsageException("--password-stdin is required: passwords are never taken as arguments (they would land in shell history).");
        }

        var password = await context.In.ReadLineAsync(context.CancellationToken);
        if (string.IsNullOrEmpty(password))
        {
            throw new UsageException("No password on standard input.");
        }

        var collective = parsed.RequiredValue("collective");
        await using var app = await CliHost.OpenAsync(parsed.StorageSettings(), prepare: true, context.CancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<AddUser>()
            .ExecuteAsync(parsed.Positionals[0], password, collective, role, context.CancellationToken);
        await context.Out.WriteLineAsync($"{user.Email} is now {role.ToString().ToLowerInvariant()} of '{collective}'.");
        return MutualAidCommandLine.Ok;
    }
}
