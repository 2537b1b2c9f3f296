namespace MutualAid.Server.CommandLine;

/// <summary>
/// Checks host arguments (<c>--key value</c> or <c>--key=value</c>, passed to the host as configuration) and
/// rewrites the CLI shorthands <c>--data-dir</c> and <c>--domain</c> into their configuration keys.
/// </summary>
internal static class HostArguments
{
    private static readonly Dictionary<string, string> Shorthands = new(StringComparer.Ordinal)
    {
        ["--data-dir"] = "--MutualAid:DataDirectory",
        ["--domain"] = "--MutualAid:Domain",
    };

    public static string[] Translate(IReadOnlyList<string> args)
    {
        var translated = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                throw new UsageException($"Unexpected argument '{arg}'.");
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? arg[..equals] : arg;
            string value;
            if (equals > 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count)
            {
                value = args[++i];
            }
            else
            {
                throw new UsageException($"{name} needs a value.");
            }

            translated.Add($"{Shorthands.GetValueOrDefault(name, name)}={value}");
        }

        return translated.ToArray();
    }

    /// <summary>Whether the arguments set <paramref name="option"/> (either spelling).</summary>
    public static bool Mentions(IReadOnlyList<string> args, string option) =>
        args.Any(a => a == option || a.StartsWith(option + "=", StringComparison.Ordinal));
}
