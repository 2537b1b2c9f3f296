using System.Net;
using System.Text.Json.Nodes;
using MutualAid.Core.Listings;
using MutualAid.Federation.Actors;

namespace MutualAid.Federation.Conversion;

public static partial class DomainToAs
{
    /// <summary>
    /// The actor document of a followable fund, contact or service (vocabulary 4.2, examples/actor-fund.json):
    /// an <c>Organization</c> linked to its collective and its listing Note, with the key facts as profile fields.
    /// A followers-only listing keeps its actor, but its profile shows only the title and the collective: the
    /// facts stay in the Notes, which only followers receive.
    /// </summary>
    public static JsonObject ListingActor(LocalActor actor, LocalActorKeyPair keys, FederationUris uris)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(uris);
        var listing = actor.Listing ?? throw new ArgumentException("A listing actor needs its listing.", nameof(actor));
        var collective = actor.Collective ?? throw new ArgumentException("A listing actor needs its collective.", nameof(actor));
        var isPublic = listing.Visibility != ListingVisibility.FollowersOnly;
        var collectiveIri = uris.Actor(collective.Slug);
        var profile = uris.ProfilePage(collective.Slug);
        var intro = isPublic && FirstParagraph(listing.Body) is { Length: > 0 } first ? "<p>" + WebUtility.HtmlEncode(first) + "</p>" : "";
        var document = new JsonObject
        {
            ["@context"] = MutualAidContext.ForActor(),
            ["id"] = actor.Iri,
            ["type"] = actor.ActivityStreamsType,
            ["preferredUsername"] = actor.Username,
            ["name"] = $"{ListingFacts.KindLabel(listing.Kind)}: {listing.Title} ({collective.Name})",
            ["summary"] = intro + $"<p>Run by <span class=\"h-card\"><a href=\"{WebUtility.HtmlEncode(profile)}\" class=\"u-url mention\">@<span>{WebUtility.HtmlEncode(collective.Slug)}</span></a></span>. Follow for updates.</p>",
            ["url"] = uris.ListingPage(collective.Slug, listing.PublicId),
            ["published"] = Timestamp(listing.PublishedAt),
            ["inbox"] = uris.Inbox(actor.Username),
            ["outbox"] = uris.Outbox(actor.Username),
            ["followers"] = uris.Followers(actor.Username),
            ["following"] = uris.FollowingCollection(actor.Username),
            ["featured"] = uris.Featured(actor.Username),
            ["endpoints"] = new JsonObject { ["sharedInbox"] = uris.SharedInbox },
            // Inherited from the collective, which accepts followers at once (FollowHandler).
            ["manuallyApprovesFollowers"] = actor.Collective?.ManuallyApprovesFollowers ?? false,
            ["discoverable"] = listing.Visibility == ListingVisibility.Public,
            ["indexable"] = listing.Visibility == ListingVisibility.Public,
        };
        if (collective.AvatarUrl is { Length: > 0 } avatar)
        {
            document["icon"] = Image(avatar);
        }

        document["publicKey"] = new JsonObject { ["id"] = keys.Rsa.KeyId, ["owner"] = actor.Iri, ["publicKeyPem"] = keys.Rsa.PublicKeyPem };
        document["assertionMethod"] = new JsonArray(new JsonObject
        {
            ["id"] = keys.Ed25519.KeyId,
            ["type"] = "Multikey",
            ["controller"] = actor.Iri,
            ["publicKeyMultibase"] = keys.Ed25519.ToPublicKeyMultibase(),
        });

        var fields = isPublic ? ListingActorFields(listing) : [];
        fields.Add(Field("Collective", $"<a href=\"{WebUtility.HtmlEncode(profile)}\" rel=\"nofollow noopener\" target=\"_blank\">@{WebUtility.HtmlEncode(collective.Slug)}@{WebUtility.HtmlEncode(uris.Domain)}</a>"));
        document["attachment"] = new JsonArray([.. fields]);
        document["listingKind"] = KindTerm(listing.Kind);
        document["collective"] = collectiveIri;
        document["listing"] = uris.Listing(listing.PublicId);
        return document;
    }

    /// <summary>What a retired listing actor's URL answers, with 410 Gone.</summary>
    public static JsonObject ActorTombstone(string actorIri, DateTimeOffset deleted) => new()
    {
        ["@context"] = MutualAidContext.ActivityStreams,
        ["id"] = actorIri,
        ["type"] = "Tombstone",
        ["formerType"] = "Organization",
        ["deleted"] = Timestamp(deleted),
    };

    /// <summary>At most three facts, so with the collective link the profile keeps to Mastodon's four fields.</summary>
    private static List<JsonObject> ListingActorFields(Listing listing)
    {
        var fields = new List<JsonObject>();
        if (listing.Fund is { } fund)
        {
            fields.Add(Field("Goal", WebUtility.HtmlEncode(ListingFacts.Money(fund.GoalAmount, fund.Currency))));
            fields.Add(Field("Raised", WebUtility.HtmlEncode($"{ListingFacts.Money(fund.RaisedAmount, fund.Currency)} ({ListingFacts.Percent(fund)}%)")));
            if (fund.FullyFunded)
            {
                fields.Add(Field("Fully funded", fund.GiveElsewhereUrl is { } elsewhere ? "give instead: " + Link(elsewhere) : WebUtility.HtmlEncode(fund.GiveElsewhereText ?? "thank you")));
            }
            else if (fund.HowToGive.Length > 0)
            {
                fields.Add(Field("Give", WebUtility.HtmlEncode(Shorten(fund.HowToGive, 200))));
            }
        }

        if (listing.Contact is { } contact)
        {
            if (contact.Phone is { } phone)
            {
                fields.Add(Field("Phone", $"<a href=\"tel:{WebUtility.HtmlEncode(new string([.. phone.Where(c => char.IsDigit(c) || c == '+')]))}\">{WebUtility.HtmlEncode(phone)}</a>"));
            }

            if (contact.Signal is { } signal)
            {
                fields.Add(Field("Signal", WebUtility.HtmlEncode(signal)));
            }

            if (ListingFacts.Hours(contact) is { } hours)
            {
                fields.Add(Field("Hours", WebUtility.HtmlEncode(hours)));
            }
        }

        if (listing.Service is { } service)
        {
            fields.Add(Field("Hours", WebUtility.HtmlEncode(ListingFacts.Hours(service.Schedule))));
            if (ListingFacts.Place(listing) is { } place)
            {
                fields.Add(Field("Where", WebUtility.HtmlEncode(place)));
            }

            fields.Add(Field("Walk-ins", service.WalkInsWelcome ? "welcome" : "book ahead"));
        }

        return [.. fields.Take(3)];
    }

    private static string Link(string url) =>
        $"<a href=\"{WebUtility.HtmlEncode(url)}\" rel=\"nofollow noopener\" target=\"_blank\">{WebUtility.HtmlEncode(url.Replace("https://", "", StringComparison.Ordinal).TrimEnd('/'))}</a>";

    private static string? FirstParagraph(string markdown) =>
        markdown.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() is { } first
            ? Shorten(first, 300)
            : null;

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";
}
