using MutualAid.Core.Listings.Input;

namespace MutualAid.Core.Listings.Import;

/// <summary>One row of an import file: where it came from (e.g. "line 4", "item [2]") and what it said.</summary>
public sealed record ImportRow(string Position, ListingInput? Input, IReadOnlyDictionary<string, string[]> ParseErrors)
{
    public static ImportRow Parsed(string position, ListingInput input) =>
        new(position, input, new Dictionary<string, string[]>());

    public static ImportRow Unreadable(string position, string field, string message) =>
        new(position, null, new Dictionary<string, string[]> { [field] = [message] });
}
