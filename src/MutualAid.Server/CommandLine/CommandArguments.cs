namespace MutualAid.Server.CommandLine;

/// <summary>
/// A small POSIX-ish parser: positionals, <c>--name value</c>, <c>--name=value</c> and flags. Each command
/// states which options it knows; anything else is a <see cref="UsageException"/>.
/// </summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CommandArguments()
    {
    }

    public IReadOnlyList<string> Positionals { get; private set; } = [];

    /// <summary>Options every storage command accepts: where the data lives and the instance's domain.</summary>
    public static readonly string[] StorageOptions = ["data-dir", "domain"];

    public static CommandArguments Parse(IReadOnlyList<string> args, IEnumerable<string> valueOptions, IEnumerable<string>? flags = null, int positionals = 0)
    {
        ArgumentNullException.ThrowIfNull(args);
        var knownValues = valueOptions.ToHashSet(StringComparer.Ordinal);
        var knownFlags = (flags ?? []).ToHashSet(StringComparer.Ordinal);
        var parsed = new CommandArguments();
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                rest.Add(arg);
                continue;
            }

            var name = arg[2..];
            string? inline = null;
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                inline = name[(equals + 1)..];
                name = name[..equals];
            }

            if (knownFlags.Contains(name) && inline is null)
            {
                parsed._flags.Add(name);
            }
            else if (knownValues.Contains(name))
            {
                var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"--{name} needs a value."));
                if (!parsed._values.TryAdd(name, value))
                {
                    throw new UsageException($"--{name} is given twice.");
                }
            }
            else
            {
                throw new UsageException($"Unknown option --{name}.");
            }
        }

        if (rest.Count != positionals)
        {
            throw new UsageException(rest.Count < positionals
                ? $"Expected {positionals} argument(s), got {rest.Count}."
                : $"Unexpected argument '{rest[positionals]}'.");
        }

        parsed.Positionals = rest;
        return parsed;
    }

    public string? Value(string name) => _values.GetValueOrDefault(name);

    public string RequiredValue(string name) => Value(name) ?? throw new UsageException($"--{name} is required.");

    public bool Flag(string name) => _flags.Contains(name);

    /// <summary>Configuration overrides for the storage options that were given.</summary>
    public IReadOnlyDictionary<string, string?> StorageSettings()
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (Value("data-dir") is { } directory)
        {
            settings["MutualAid:DataDirectory"] = directory;
        }

        if (Value("domain") is { } domain)
        {
            settings["MutualAid:Domain"] = domain;
        }

        return settings;
    }
}
