using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;

namespace MutualAid.Core.Directory;

/// <summary>
/// The public update Notes of one local listing actor, newest first, read from the outbox it delivered them from
/// (Create activities listed publicly), so the feed shows exactly what followers in the fediverse received.
/// </summary>
public sealed class ListListingUpdates(MutualAidDbContext db)
{
    public const int MaxLimit = 100;

    public async Task<IReadOnlyList<ListingUpdate>> ExecuteAsync(string actorIri, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(actorIri);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var documents = await db.Set<OutboxActivity>().AsNoTracking()
            .Where(a => a.ActorIri == actorIri && a.Listed && a.Type == "Create")
            .OrderByDescending(a => a.Id)
            .Take(Math.Min(limit, MaxLimit))
            .Select(a => new { a.Document, a.CreatedAt })
            .ToListAsync(cancellationToken);
        return [.. documents.Select(d => Read(d.Document, d.CreatedAt)).OfType<ListingUpdate>()];
    }

    /// <summary>The Note inside a stored Create; null when the object is not an embedded Note (nothing to show).</summary>
    public static ListingUpdate? Read(string document, DateTimeOffset storedAt)
    {
        using var json = JsonDocument.Parse(document);
        if (!json.RootElement.TryGetProperty("object", out var note) || note.ValueKind != JsonValueKind.Object
            || Text(note, "type") != "Note" || Text(note, "id") is not { } id)
        {
            return null;
        }

        var (content, language) = Content(note);
        var published = Time(note, "published") ?? Time(json.RootElement, "published") ?? storedAt;
        return new ListingUpdate(id, Url(note), published, Time(note, "updated") ?? published, content, Text(note, "summary"), language);
    }

    /// <summary><c>content</c>, or the first entry of <c>contentMap</c> (with its language) when only that is given.</summary>
    private static (string Html, string? Language) Content(JsonElement note)
    {
        string? language = null;
        if (note.TryGetProperty("contentMap", out var map) && map.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in map.EnumerateObject().Where(e => e.Value.ValueKind == JsonValueKind.String))
            {
                language = entry.Name;
                if (Text(note, "content") is null)
                {
                    return (entry.Value.GetString() ?? "", language);
                }

                break;
            }
        }

        return (Text(note, "content") ?? "", language);
    }

    private static string? Url(JsonElement note)
    {
        if (!note.TryGetProperty("url", out var url))
        {
            return null;
        }

        return url.ValueKind switch
        {
            JsonValueKind.String => url.GetString(),
            JsonValueKind.Object => Text(url, "href"),
            JsonValueKind.Array => url.EnumerateArray().Select(u => u.ValueKind == JsonValueKind.String ? u.GetString() : u.ValueKind == JsonValueKind.Object ? Text(u, "href") : null).FirstOrDefault(u => u is not null),
            _ => null,
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? Time(JsonElement element, string name) =>
        Text(element, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
}
