using MutualAid.Core.Listings.Import;
using MutualAid.Core.Validation;

namespace MutualAid.Server.CommandLine;

/// <summary>
/// Dispatches <c>mutualaid VERB ...</c> through a table of verbs; add a verb with <see cref="Add"/>.
/// No verb (or a first argument that is an option) means <c>serve</c>.
/// </summary>
public sealed class MutualAidCommandLine
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadUsage = 2;

    private readonly List<Verb> _verbs = [];

    public IReadOnlyList<Verb> Verbs => _verbs;

    public static MutualAidCommandLine CreateDefault() => new MutualAidCommandLine()
        .Add(new Verb("serve", "[--urls <urls>] [--data-dir <dir>] [--domain <host>]", "Run the instance (the default).", () => new ServeCommand()))
        .Add(new Verb("demo", "[--urls <urls>] [--data-dir <dir>]", "Run a demo instance seeded with a collective and listings (data in ./data/demo).", () => new DemoCommand()))
        .Add(new Verb("migrate", "[--data-dir <dir>]", "Apply pending database migrations.", () => new MigrateCommand()))
        .Add(new Verb("backup", "<folder> [--data-dir <dir>]", "Back up the database and secrets into a new folder under <folder>; safe while the server runs.", () => new BackupCommand()))
        .Add(new Verb("collective add", "<slug> --name <name> [--summary <text>] [--languages <en,es>] [--area <text>] [--website <url>] [--front-gate <text>]", "Create a collective.", () => new CollectiveAddCommand()))
        .Add(new Verb("user add", "<email> --collective <slug> [--role admin|editor] --password-stdin", "Add a user (or an existing user) to a collective; the password is read from standard input.", () => new UserAddCommand()))
        .Add(new Verb("listing import", "<file.json|file.csv> --collective <slug>", "Import listings, all or nothing; every bad row is reported.", () => new ListingImportCommand()))
        .Add(new Verb("lookup", "<@user@host | url>", "Fetch an actor or object, signed by the instance actor, and print it.", () => new LookupCommand()))
        .Add(new Verb("follow", "<@collective@host>", "The instance actor follows a remote collective (queued for the running server).", () => new FollowCommand()))
        .Add(new Verb("key rotate", "<collective-slug> | --instance", "Replace an actor's signing key and send an Update of the actor to its followers (queued for the running server).", () => new KeyRotateCommand()))
        .Add(new Verb("jsonld", "expand <file|-> [--base <iri>] [--expand-context <file>] [--processing-mode json-ld-1.0|json-ld-1.1] | compact <file|-> --context <file> [--base <iri>]", "Expand or compact a JSON-LD document (prints JSON; JSON-LD errors exit 1 with the spec's error code).", () => new JsonLdCommand()));

    public MutualAidCommandLine Add(Verb verb)
    {
        ArgumentNullException.ThrowIfNull(verb);
        _verbs.Add(verb);
        return this;
    }

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stderr);
        var context = new CommandContext(stdin, stdout, stderr, cancellationToken);
        if (args.Count > 0 && args[0] is "help" or "--help" or "-h")
        {
            await WriteUsageAsync(stdout);
            return Ok;
        }

        var (verb, rest) = args.Count == 0 || args[0].StartsWith('-')
            ? (_verbs.First(v => v.Words == "serve"), args)
            : Find(args);
        if (verb is null)
        {
            await stderr.WriteLineAsync($"Unknown command '{string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')))}'.");
            await WriteUsageAsync(stderr);
            return BadUsage;
        }

        try
        {
            return await verb.Create().RunAsync(rest, context);
        }
        catch (UsageException usage)
        {
            await stderr.WriteLineAsync(usage.Message);
            await stderr.WriteLineAsync($"Usage: mutualaid {verb.Words} {verb.Usage}");
            return BadUsage;
        }
        catch (ValidationFailedException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                await stderr.WriteLineAsync($"{field}: {string.Join(" ", messages)}");
            }

            return Failed;
        }
        catch (ImportFailedException failed)
        {
            await stderr.WriteLineAsync(failed.Message);
            foreach (var problem in failed.Problems)
            {
                await stderr.WriteLineAsync("  " + problem);
            }

            return Failed;
        }
        catch (Exception known) when (known is DuplicateException or NotFoundException)
        {
            await stderr.WriteLineAsync(known.Message);
            return Failed;
        }
    }

    private (Verb? Verb, IReadOnlyList<string> Remaining) Find(IReadOnlyList<string> args)
    {
        var match = _verbs
            .Where(v => v.WordList.Count <= args.Count && v.WordList.Select((word, i) => word == args[i]).All(same => same))
            .MaxBy(v => v.WordList.Count);
        return match is null ? (null, args) : (match, args.Skip(match.WordList.Count).ToList());
    }

    private async Task WriteUsageAsync(TextWriter writer)
    {
        await writer.WriteLineAsync("Usage: mutualaid [command] [options]");
        await writer.WriteLineAsync();
        foreach (var verb in _verbs)
        {
            await writer.WriteLineAsync($"  mutualaid {verb.Words} {verb.Usage}");
            await writer.WriteLineAsync($"      {verb.Summary}");
        }

        await writer.WriteLineAsync();
        await writer.WriteLineAsync("Configuration also comes from appsettings.json and environment variables (MutualAid__Domain, MutualAid__DataDirectory, ...).");
    }
}
