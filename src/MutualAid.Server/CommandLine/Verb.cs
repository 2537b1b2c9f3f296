namespace MutualAid.Server.CommandLine;

/// <summary>A row of the command table: the words that select it, how to call it, and how to make the command.</summary>
/// <param name="Words">e.g. <c>"listing import"</c>.</param>
/// <param name="Usage">Arguments after the words, e.g. <c>&lt;file.json|csv&gt; --collective &lt;slug&gt;</c>.</param>
public sealed record Verb(string Words, string Usage, string Summary, Func<ICliCommand> Create)
{
    public IReadOnlyList<string> WordList { get; } = Words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
