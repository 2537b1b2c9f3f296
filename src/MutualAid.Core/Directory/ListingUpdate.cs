namespace MutualAid.Core.Directory;

/// <summary>
/// One public update Note a followable listing's actor sent (goal reached, new hours, temporarily closed), as
/// its Atom feed shows it. <see cref="ContentHtml"/> is the Note's HTML as sent: sanitize it before display.
/// </summary>
public sealed record ListingUpdate(string Id, string? Url, DateTimeOffset Published, DateTimeOffset Updated, string ContentHtml, string? Summary, string? Language);
