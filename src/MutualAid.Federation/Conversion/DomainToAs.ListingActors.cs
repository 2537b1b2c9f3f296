using System.Text.Json.Nodes;
using MutualAid.Core.Listings;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Wording;

namespace MutualAid.Federation.Conversion;

public static partial class DomainToAs
{
    /// <summary>
    /// The actor document of a followable fund, contact or service (vocabulary 4.2, examples/actor-fund.json):
    /// an <c>Organization</c> linked to its collective and its listing Note, with the key facts as profile fields.
    /// A followers-only listing keeps its actor, but its profile shows only the title and the collective: the
    /// facts stay in the Notes, which only followers receive. Its fixed words are in the listing's language.
    /// </summary>
    public static JsonObject ListingActor(LocalActor actor, LocalActorKeyPair keys, FederationUris uris)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(uris);
        var listing = actor.Listing ?? throw new ArgumentException("A listing actor needs its listing.", nameof(actor));
        var collective = actor.Collective ?? throw new ArgumentException("A listing actor needs its collective.", nameof(actor));
        var isPublic = listing.Visibility != ListingVisibility.FollowersOnly;
        var wording = NoteLanguages.For(listing.Language);
        var collectiveIri = uris.Actor(collective.Slug);
        var profile = uris.ProfilePage(collective.Slug);
        var intro = isPublic && FirstParagraph(listing.Body) is { Length: > 0 } first ? "<p>" + HtmlText.Escape(first) + "</p>" : "";
        var document = new JsonObject
        {
            ["@context"] = MutualAidContext.ForActor(),
            ["id"] = actor.Iri,
            ["type"] = actor.ActivityStreamsType,
            ["preferredUsername"] = actor.Username,
            ["name"] = wording.Format("actor.name", ListingFacts.KindLabel(listing.Kind, wording), listing.Title, collective.Name),
            ["summary"] = intro + "<p>" + wording.FormatHtml("actor.summary", $"<span class=\"h-card\"><a href=\"{HtmlText.Escape(profile)}\" class=\"u-url mention\">@<span>{HtmlText.Escape(collective.Slug)}</span></a></span>") + "</p>",
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

        var fields = isPublic ? ListingActorFields(listing, wording) : [];
        fields.Add(Field(wording["field.collective"], $"<a href=\"{HtmlText.Escape(profile)}\" rel=\"nofollow noopener\" target=\"_blank\">@{HtmlText.Escape(collective.Slug)}@{HtmlText.Escape(uris.Domain)}</a>"));
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
    private static List<JsonObject> ListingActorFields(Listing listing, NoteWording t)
    {
        var fields = new List<JsonObject>();
        if (listing.Fund is { } fund)
        {
            fields.Add(Field(t["field.goal"], HtmlText.Escape(t.Money(fund.GoalAmount, fund.Currency))));
            fields.Add(Field(t["field.raised"], HtmlText.Escape(t.Format("field.raisedValue", t.Money(fund.RaisedAmount, fund.Currency), t.Percent(ListingFacts.Percent(fund))))));
            if (fund.FullyFunded)
            {
                fields.Add(Field(t["field.fullyFunded"], fund.GiveElsewhereUrl is { } elsewhere ? t.FormatHtml("field.giveInstead", Link(elsewhere)) : HtmlText.Escape(fund.GiveElsewhereText ?? t["field.thankYou"])));
            }
            else if (fund.HowToGive.Length > 0)
            {
                fields.Add(Field(t["field.give"], HtmlText.Escape(Shorten(fund.HowToGive, 200))));
            }
        }

        if (listing.Contact is { } contact)
        {
            if (contact.Phone is { } phone)
            {
                fields.Add(Field(t["field.phone"], $"<a href=\"tel:{HtmlText.Escape(new string([.. phone.Where(c => char.IsDigit(c) || c == '+')]))}\">{HtmlText.Escape(phone)}</a>"));
            }

            if (contact.Signal is { } signal)
            {
                fields.Add(Field(t["field.signal"], HtmlText.Escape(signal)));
            }

            if (ListingFacts.Hours(contact, t) is { } hours)
            {
                fields.Add(Field(t["field.hours"], HtmlText.Escape(hours)));
            }
        }

        if (listing.Service is { } service)
        {
            fields.Add(Field(t["field.hours"], HtmlText.Escape(ListingFacts.Hours(service.Schedule, t))));
            if (ListingFacts.Place(listing) is { } place)
            {
                fields.Add(Field(t["field.where"], HtmlText.Escape(place)));
            }

            fields.Add(Field(t["field.walkIns"], HtmlText.Escape(service.WalkInsWelcome ? t["field.walkInsWelcome"] : t["field.bookAhead"])));
        }

        return [.. fields.Take(3)];
    }

    private static string Link(string url) =>
        $"<a href=\"{HtmlText.Escape(url)}\" rel=\"nofollow noopener\" target=\"_blank\">{HtmlText.Escape(url.Replace("https://", "", StringComparison.Ordinal).TrimEnd('/'))}</a>";

    private static string? FirstParagraph(string markdown) =>
        markdown.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() is { } first
            ? Shorten(first, 300)
            : null;

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";
}
