using System.Globalization;
using System.Text.Json.Nodes;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Federation.Actors;

namespace MutualAid.Federation.Conversion;

public static partial class DomainToAs
{
    /// <summary>A listing as its Note (vocabulary sections 5 and 6), without @context (activities and the object endpoint add it).</summary>
    public static JsonObject Note(Listing listing, string collectiveSlug, FederationUris uris)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(uris);
        var actor = uris.Actor(collectiveSlug);
        var id = uris.Listing(listing.PublicId);
        var url = uris.ListingPage(collectiveSlug, listing.PublicId);
        var tags = Hashtags.For(listing).Select(t => ("#" + t, uris.Tag(t.ToLowerInvariant()))).ToList();
        var listingActor = ListingActorUsername(listing, collectiveSlug);
        var mention = listingActor is null ? ((string Handle, string Href)?)null : ($"{listingActor}@{uris.Domain}", uris.Actor(listingActor));
        var content = NoteContent.Render(listing, url, tags, mention);
        var note = new JsonObject
        {
            ["id"] = id,
            ["type"] = "Note",
            ["attributedTo"] = actor,
        };
        NoteAddressing(listing, collectiveSlug, uris).WriteTo(note);
        note["published"] = Timestamp(listing.PublishedAt);
        if (listing.UpdatedAt > listing.PublishedAt)
        {
            note["updated"] = Timestamp(listing.UpdatedAt);
        }

        note["url"] = url;
        note["name"] = listing.Title;
        note["nameMap"] = new JsonObject { [listing.Language] = listing.Title };
        note["content"] = content;
        note["contentMap"] = new JsonObject { [listing.Language] = content };
        note["source"] = new JsonObject { ["content"] = listing.Body, ["mediaType"] = "text/markdown" };
        var tagArray = new JsonArray([.. tags.Select(t => (JsonNode)new JsonObject { ["type"] = "Hashtag", ["href"] = t.Item2, ["name"] = t.Item1 })]);
        if (mention is { } m)
        {
            // Mastodon links the handle in the content to the account; receivers find the listing actor (vocabulary 4.2).
            tagArray.Add(new JsonObject { ["type"] = "Mention", ["href"] = m.Href, ["name"] = "@" + m.Handle });
        }

        note["tag"] = tagArray;
        if (listing.Location is { } location)
        {
            note["location"] = Place(location);
        }

        if (listing.ServiceArea is { Length: > 0 } area)
        {
            note["areaServed"] = new JsonArray(new JsonObject { ["type"] = "Place", ["name"] = area });
        }

        note["listingKind"] = KindTerm(listing.Kind);
        note["listingStatus"] = listing.Status.ToString().ToLowerInvariant();
        note["category"] = new JsonArray([.. listing.Categories.Select(c => (JsonNode)CategoryTerm(c))]);
        if (listing.ExpiresAt is { } expires)
        {
            note["expires"] = Timestamp(expires);
        }

        AddKindDetails(note, listing, id);
        return note;
    }

    /// <summary>
    /// The listing's addressing: its collective's followers, and its own actor's followers while it is followable
    /// (vocabulary 4.2); the Create, Update and Delete activities repeat it.
    /// </summary>
    public static Addressing NoteAddressing(Listing listing, string collectiveSlug, FederationUris uris)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(uris);
        var followers = new List<string> { uris.Followers(collectiveSlug) };
        if (ListingActorUsername(listing, collectiveSlug) is { } listingActor)
        {
            followers.Add(uris.Followers(listingActor));
        }

        return Addressing.For(listing.Visibility, followers);
    }

    /// <summary>The username of the listing's own actor while it is followable, else null.</summary>
    public static string? ListingActorUsername(Listing listing, string collectiveSlug)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return listing.Followable && listing.ActorSlug is { } slug && LocalActorDirectory.CanBeFollowed(listing.Kind)
            ? Core.Listings.Actors.ListingActorNames.Username(collectiveSlug, slug)
            : null;
    }

    public static JsonObject Tombstone(string objectIri, DateTimeOffset deleted) => new()
    {
        ["id"] = objectIri,
        ["type"] = "Tombstone",
        ["formerType"] = "Note",
        ["deleted"] = Timestamp(deleted),
    };

    public static string KindTerm(ListingKind kind) => kind == ListingKind.SavingsCircle ? "savings-circle" : kind.ToString().ToLowerInvariant();

    public static string CategoryTerm(Category category) => category == Category.MentalHealth ? "mental-health" : category.ToString().ToLowerInvariant();

    private static JsonObject Place(Location location)
    {
        var place = new JsonObject { ["type"] = "Place", ["name"] = location.PlaceName };
        // Only the coarsened point ever leaves the server (vocabulary 5.1).
        if (location.PublicLatitude is { } lat && location.PublicLongitude is { } lon)
        {
            place["latitude"] = lat;
            place["longitude"] = lon;
            place["locationPrecision"] = location.Precision.ToString().ToLowerInvariant();
            if (location.Precision != LocationPrecision.Exact)
            {
                place["radius"] = location.Precision == LocationPrecision.Neighbourhood ? 1000 : 10000;
                place["units"] = "m";
            }
        }

        return place;
    }

    private static void AddKindDetails(JsonObject note, Listing listing, string id)
    {
        switch (listing.Kind)
        {
            case ListingKind.Offer when listing.Offer is { } offer:
                note["purpose"] = "offer";
                var offerIntent = Intent(id, "transfer", offer.What);
                if (offer.QuantityAvailable is { } available)
                {
                    offerIntent["availableQuantity"] = Measure(available, offer.Unit);
                }

                note["publishes"] = offerIntent;
                if (offer.Conditions.Length > 0)
                {
                    note["conditions"] = offer.Conditions;
                }

                note["deliveryMethod"] = offer.HandOver switch
                {
                    HandOver.PickUp => new JsonArray("pick-up"),
                    HandOver.Delivery => new JsonArray("delivery"),
                    _ => new JsonArray("pick-up", "delivery"),
                };
                break;
            case ListingKind.Need when listing.Need is { } need:
                note["purpose"] = "request";
                var needIntent = Intent(id, "transfer", need.What);
                needIntent["resourceQuantity"] = Measure(need.QuantityNeeded, need.Unit);
                if (need.Deadline is { } due)
                {
                    needIntent["due"] = Timestamp(due);
                }

                note["publishes"] = needIntent;
                note["urgency"] = need.Urgency.ToString().ToLowerInvariant();
                note["pledgedQuantity"] = Measure(need.QuantityPledged, need.Unit);
                note["fulfilledQuantity"] = Measure(need.QuantityFulfilled, need.Unit);
                break;
            case ListingKind.Fund when listing.Fund is { } fund:
                note["purpose"] = "request";
                note["fundPurpose"] = fund.Purpose.ToString().ToLowerInvariant();
                note["fundingGoal"] = Money(fund.GoalAmount, fund.Currency);
                note["amountRaised"] = Money(fund.RaisedAmount, fund.Currency);
                note["amountDisbursed"] = Money(fund.DisbursedAmount, fund.Currency);
                if (fund.LastDisbursement is { Length: > 0 } disbursement)
                {
                    note["disbursementNote"] = disbursement;
                }

                note["fullyFunded"] = fund.FullyFunded;
                if (fund.FullyFunded && fund.GiveElsewhereUrl is { Length: > 0 } elsewhere)
                {
                    note["giveInstead"] = new JsonArray(elsewhere);
                }

                break;
            case ListingKind.Contact when listing.Contact is { } contact:
                note["contactPoint"] = ContactPoint(contact);
                break;
            case ListingKind.Service when listing.Service is { } service:
                note["purpose"] = "offer";
                note["publishes"] = Intent(id, "deliverService", listing.Title);
                note["schedule"] = new JsonArray(Schedule(service.Schedule));
                break;
            case ListingKind.SavingsCircle when listing.SavingsCircle is { } circle:
                note["localName"] = circle.LocalName;
                note["contribution"] = Money(circle.ContributionAmount, circle.Currency);
                note["cycleLength"] = $"P{circle.CycleLengthDays}D";
                note["slots"] = circle.Slots;
                note["openSlots"] = circle.SeatsOpen;
                note["payoutOrder"] = circle.PayoutOrder.ToString().ToLowerInvariant();
                break;
        }
    }

    private static JsonObject Intent(string listingId, string action, string name) => new()
    {
        ["id"] = listingId + "#primary",
        ["type"] = "Intent",
        ["action"] = action,
        ["name"] = name,
    };

    private static JsonObject Measure(decimal value, string? unit) => new()
    {
        ["type"] = "Measure",
        ["hasNumericalValue"] = value.ToString("0.####", CultureInfo.InvariantCulture),
        ["hasUnit"] = string.IsNullOrEmpty(unit) ? "one" : unit,
    };

    private static JsonObject Money(decimal amount, string currency) => new()
    {
        ["type"] = "MonetaryAmount",
        ["amount"] = amount.ToString("0.00", CultureInfo.InvariantCulture),
        ["currency"] = currency,
    };

    private static JsonObject ContactPoint(ContactDetails contact)
    {
        var point = new JsonObject { ["type"] = "ContactPoint" };
        if (contact.Phone is { } phone)
        {
            point["telephone"] = phone;
        }

        if (contact.Signal is { } signal)
        {
            point["signal"] = signal;
        }

        if (contact.Email is { } email)
        {
            point["email"] = email;
        }

        if (contact.Url is { } url)
        {
            point["url"] = url;
        }

        if (contact.LanguagesSpoken.Count > 0)
        {
            point["availableLanguage"] = new JsonArray([.. contact.LanguagesSpoken.Select(l => (JsonNode)l)]);
        }

        if (contact.AlwaysOpen)
        {
            point["alwaysOpen"] = true;
        }
        else if (contact.Schedule is { } schedule)
        {
            point["schedule"] = new JsonArray(Schedule(schedule));
        }

        return point;
    }

    private static JsonObject Schedule(Schedule schedule) => new()
    {
        ["type"] = "Schedule",
        ["rrule"] = schedule.Recurrence,
        ["opens"] = schedule.Opens.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        ["closes"] = schedule.Closes.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        ["scheduleTimezone"] = schedule.TimeZone,
    };
}
