namespace MutualAid.Server.CommandLine;

/// <summary>The standard streams and cancellation a command runs with; tests pass their own writers.</summary>
public sealed record CommandContext(TextReader In, TextWriter Out, TextWriter Error, CancellationToken CancellationToken);
