using System.Globalization;
using System.Text.Json.Nodes;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Wording;

namespace MutualAid.Federation.Conversion;

/// <summary>
/// Domain to ActivityStreams, written by hand in one place (GoToSocial's internaltoas): actors, listing
/// Notes, tombstones, activities and collections, exactly as spec/vocabulary.md and spec/examples show.
/// </summary>
public static partial class DomainToAs
{
    public static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The actor document of a collective or the instance actor (vocabulary section 4.3).</summary>
    public static JsonObject Actor(LocalActor actor, LocalActorKeyPair keys, FederationUris uris, string instanceName, DateTimeOffset instanceCreated)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(uris);
        var collective = actor.Collective;
        var document = new JsonObject
        {
            ["@context"] = MutualAidContext.ForActor(),
            ["id"] = actor.Iri,
            ["type"] = actor.ActivityStreamsType,
            ["preferredUsername"] = actor.Username,
            ["name"] = collective?.Name ?? instanceName,
            ["summary"] = collective is null
                ? $"<p>The server actor of {HtmlText.Escape(uris.Domain)}. It signs requests on behalf of the instance.</p>"
                : SummaryHtml(collective.Summary),
            ["url"] = collective is null ? uris.Base : uris.ProfilePage(collective.Slug),
            ["published"] = Timestamp(collective?.CreatedAt ?? instanceCreated),
            ["inbox"] = uris.Inbox(actor.Username),
            ["outbox"] = uris.Outbox(actor.Username),
            ["followers"] = uris.Followers(actor.Username),
            ["following"] = uris.FollowingCollection(actor.Username),
            ["featured"] = uris.Featured(actor.Username),
            ["endpoints"] = new JsonObject { ["sharedInbox"] = uris.SharedInbox },
            // The instance actor is a technical actor: Mastodon marks its own the same way. Collectives choose.
            ["manuallyApprovesFollowers"] = collective?.ManuallyApprovesFollowers ?? true,
            ["discoverable"] = collective is not null,
            ["indexable"] = collective is not null,
            ["publicKey"] = new JsonObject
            {
                ["id"] = keys.Rsa.KeyId,
                ["owner"] = actor.Iri,
                ["publicKeyPem"] = keys.Rsa.PublicKeyPem,
            },
            ["assertionMethod"] = new JsonArray(new JsonObject
            {
                ["id"] = keys.Ed25519.KeyId,
                ["type"] = "Multikey",
                ["controller"] = actor.Iri,
                ["publicKeyMultibase"] = keys.Ed25519.ToPublicKeyMultibase(),
            }),
        };

        if (collective is not null)
        {
            AddCollectiveProfile(document, collective);
        }

        return document;
    }

    private static void AddCollectiveProfile(JsonObject document, Core.Collectives.Collective collective)
    {
        if (collective.AvatarUrl is { Length: > 0 } avatar)
        {
            document["icon"] = Image(avatar);
        }

        if (collective.HeaderUrl is { Length: > 0 } header)
        {
            document["image"] = Image(header);
        }

        // Field names in the collective's first language: Mastodon shows them as they are.
        var words = NoteLanguages.For(collective.Languages.FirstOrDefault());
        var fields = new JsonArray();
        if (collective.Website is { Length: > 0 } website)
        {
            var shown = website.Replace("https://", "", StringComparison.Ordinal).Replace("http://", "", StringComparison.Ordinal).TrimEnd('/');
            fields.Add(Field(words["profile.web"], $"<a href=\"{HtmlText.Escape(website)}\" rel=\"me nofollow noopener\" target=\"_blank\">{HtmlText.Escape(shown)}</a>"));
            document["website"] = website;
        }

        if (collective.FrontGateContact.Length > 0)
        {
            fields.Add(Field(words["profile.frontGate"], HtmlText.Escape(collective.FrontGateContact)));
            document["frontGate"] = new JsonObject { ["type"] = "ContactPoint", ["contactType"] = "front gate", ["name"] = collective.FrontGateContact };
        }

        if (collective.Languages.Count > 0)
        {
            fields.Add(Field(words["profile.languages"], HtmlText.Escape(string.Join(" · ", collective.Languages))));
            document["knowsLanguage"] = new JsonArray([.. collective.Languages.Select(l => (JsonNode)l)]);
        }

        if (collective.AreaServed.Length > 0)
        {
            fields.Add(Field(words["profile.area"], HtmlText.Escape(collective.AreaServed)));
            document["areaServed"] = new JsonArray(new JsonObject { ["type"] = "Place", ["name"] = collective.AreaServed });
        }

        if (fields.Count > 0)
        {
            document["attachment"] = fields;
        }
    }

    /// <summary>Collective summaries are plain text or light Markdown: paragraphs, escaped.</summary>
    public static string SummaryHtml(string text) =>
        string.Concat(text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => "<p>" + HtmlText.Escape(p).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>"));

    private static JsonObject Field(string name, string value) => new() { ["type"] = "PropertyValue", ["name"] = name, ["value"] = value };

    private static JsonObject Image(string url)
    {
        var extension = Path.GetExtension(new Uri(url, UriKind.RelativeOrAbsolute).IsAbsoluteUri ? new Uri(url).AbsolutePath : url).ToLowerInvariant();
        var mediaType = extension switch
        {
            ".png" => "image/png",
            ".gif" => "image/gif",
            ".webp" => "image/webp",
            ".svg" => "image/svg+xml",
            _ => "image/jpeg",
        };
        return new JsonObject { ["type"] = "Image", ["mediaType"] = mediaType, ["url"] = url };
    }
}
