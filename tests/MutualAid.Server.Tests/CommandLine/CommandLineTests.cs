using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Accounts;
using MutualAid.Core.Collectives;
using MutualAid.Server.CommandLine;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.CommandLine;

public sealed class CommandLineTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task An_unknown_command_prints_usage_and_exits_2()
    {
        var result = await CliRunner.RunAsync("frobnicate", "--now");

        Assert.Equal(MutualAidCommandLine.BadUsage, result.ExitCode);
        Assert.Contains("Unknown command 'frobnicate'", result.Error, StringComparison.Ordinal);
        Assert.Contains("mutualaid listing import", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_every_verb()
    {
        var result = await CliRunner.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var verb in MutualAidCommandLine.CreateDefault().Verbs)
        {
            Assert.Contains("mutualaid " + verb.Words, result.Out, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--name is required", "collective", "add", "food-bank")]
    [InlineData("Expected 1 argument(s), got 0", "collective", "add", "--name", "Food bank")]
    [InlineData("Unknown option --colour", "collective", "add", "food-bank", "--name", "Food bank", "--colour", "red")]
    [InlineData("--password-stdin is required", "user", "add", "ana@example.org", "--collective", "food-bank")]
    [InlineData("--role must be admin or editor", "user", "add", "ana@example.org", "--collective", "food-bank", "--role", "boss", "--password-stdin")]
    [InlineData("must end in .json or .csv", "listing", "import", "listings.xml", "--collective", "food-bank")]
    [InlineData("--collective needs a value", "listing", "import", "listings.json", "--collective")]
    [InlineData("Unexpected argument 'extra'", "serve", "extra")]
    [InlineData("Expected 1 argument(s), got 0", "backup", "--data-dir", "data")]
    public async Task Wrong_arguments_print_the_problem_and_usage_and_exit_2(string expected, params string[] args)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(MutualAidCommandLine.BadUsage, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Contains("Usage: mutualaid", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_creates_the_database_and_then_reports_it_up_to_date()
    {
        var dataDirectory = Path.Combine(_data.Path, "fresh", "nested");

        var first = await CliRunner.RunAsync("migrate", "--data-dir", dataDirectory);
        var second = await CliRunner.RunAsync("migrate", "--data-dir", dataDirectory);

        Assert.Equal(0, first.ExitCode);
        // Every migration in the assembly (the schema, then search indexes and whatever comes later).
        Assert.Matches(@"Applied [1-9][0-9]* migration\(s\)", first.Out);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("up to date", second.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dataDirectory, "mutualaid.db")));
    }

    [Fact]
    public async Task Collective_and_user_add_store_a_member_whose_password_verifies()
    {
        var added = await CliRunner.RunAsync("collective", "add", "food-bank", "--name", "Eastside Food Bank",
            "--summary", "Groceries for all", "--languages", "en,es", "--data-dir", _data.Path);
        var duplicate = await CliRunner.RunAsync("collective", "add", "food-bank", "--name", "Again", "--data-dir", _data.Path);
        var user = await CliRunner.RunWithInputAsync("a long enough password\n", "user", "add", "Ana@Example.org", "--collective", "food-bank",
            "--role", "admin", "--password-stdin", "--data-dir", _data.Path);
        var shortPassword = await CliRunner.RunWithInputAsync("short\n", "user", "add", "ben@example.org", "--collective", "food-bank",
            "--password-stdin", "--data-dir", _data.Path);

        Assert.True(added.ExitCode == 0, added.Error);
        Assert.True(duplicate.ExitCode == 1, duplicate.Error);
        Assert.Contains("already exists", duplicate.Error, StringComparison.Ordinal);
        Assert.True(user.ExitCode == 0, user.Error);
        Assert.Contains("ana@example.org is now admin of 'food-bank'", user.Out, StringComparison.Ordinal);
        Assert.Equal(1, shortPassword.ExitCode);
        Assert.Contains("password", shortPassword.Error, StringComparison.Ordinal);

        var stored = await CliDatabase.ReadAsync(_data.Path, db => db.Users.Include(u => u.Memberships).ThenInclude(m => m.Collective).SingleAsync());
        Assert.Equal("ana@example.org", stored.Email);
        Assert.StartsWith("$argon2id$v=19$", stored.PasswordHash, StringComparison.Ordinal);
        Assert.True(new PasswordHasher().Verify("a long enough password", stored.PasswordHash));
        var membership = Assert.Single(stored.Memberships);
        Assert.Equal(MemberRole.Admin, membership.Role);
        Assert.Equal("food-bank", membership.Collective!.Slug);
        Assert.Equal(["en", "es"], membership.Collective.Languages);
    }
}
