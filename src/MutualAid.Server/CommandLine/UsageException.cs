namespace MutualAid.Server.CommandLine;

/// <summary>The arguments do not fit the command; the dispatcher prints the message and the usage, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
