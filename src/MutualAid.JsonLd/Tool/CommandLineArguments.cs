namespace MutualAid.JsonLd.Tool;

/// <summary>The parsed arguments of <see cref="JsonLdCommandLine"/>, or why they are wrong.</summary>
internal sealed record CommandLineArguments(
    string? Command,
    string? Input,
    string? Base,
    string? Context,
    string? ExpandContext,
    JsonLdProcessingMode ProcessingMode,
    string? Error)
{
    public static CommandLineArguments Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("expand" or "compact"))
        {
            return Fail(args.Length == 0 ? "missing command" : $"unknown command '{args[0]}'");
        }

        var command = args[0];
        string? input = null, baseIri = null, context = null, expandContext = null;
        var mode = JsonLdProcessingMode.Json11;
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (i + 1 >= args.Length)
                {
                    return Fail($"{arg} needs a value");
                }

                var value = args[++i];
                switch (arg)
                {
                    case "--base":
                        baseIri = value;
                        break;
                    case "--context" when command == "compact":
                        context = value;
                        break;
                    case "--expand-context" when command == "expand":
                        expandContext = value;
                        break;
                    case "--processing-mode" when command == "expand":
                        if (value is not ("json-ld-1.0" or "json-ld-1.1"))
                        {
                            return Fail($"unknown processing mode '{value}'");
                        }

                        mode = value == "json-ld-1.0" ? JsonLdProcessingMode.Json10 : JsonLdProcessingMode.Json11;
                        break;
                    default:
                        return Fail($"unknown option '{arg}' for {command}");
                }
            }
            else if (input is null)
            {
                input = arg;
            }
            else
            {
                return Fail($"unexpected argument '{arg}'");
            }
        }

        if (input is null)
        {
            return Fail("missing input file (or - for standard input)");
        }

        if (command == "compact" && context is null)
        {
            return Fail("compact needs --context <file>");
        }

        return new CommandLineArguments(command, input, baseIri, context, expandContext, mode, null);
    }

    private static CommandLineArguments Fail(string error) => new(null, null, null, null, null, JsonLdProcessingMode.Json11, error);
}
