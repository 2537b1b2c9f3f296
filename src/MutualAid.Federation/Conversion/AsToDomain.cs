using System.Globalization;
using MutualAid.ActivityPub.Addressing;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;

namespace MutualAid.Federation.Conversion;

/// <summary>
/// ActivityStreams to domain, by hand, in one place (GoToSocial's astointernal): a remote listing Note
/// (read from its expanded form) becomes a remote <see cref="Listing"/> row. Per vocabulary section 10,
/// structured fields that are missing or invalid are dropped one by one, never the listing.
/// </summary>
public static class AsToDomain
{
    /// <summary>Null when the Note is not a listing (no known <c>ma:listingKind</c>): plain posts are not stored.</summary>
    public static Listing? Listing(Expanded note, string actorIri, RemoteHtml html, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(time);
        if (note.Id is not { } id || ParseKind(note.String(Expanded.Ma + "listingKind")) is not { } kind)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var listing = new Listing { PublicId = PublicIds.New(time), Kind = kind, CollectiveId = null };
        Apply(note, listing, html);
        listing.PublishedAt = note.Time(Expanded.As + "published") ?? now;
        listing.Origin = new Origin
        {
            Kind = OriginKind.Remote,
            ObjectIri = id,
            ActorIri = actorIri,
            InstanceDomain = new Uri(id).Host.ToLowerInvariant(),
            FetchedAt = now,
            RemoteUpdatedAt = note.Time(Expanded.As + "updated") ?? listing.PublishedAt,
        };
        return listing;
    }

    /// <summary>Copies everything an Update may change onto an existing row (kind stays as first received).</summary>
    public static void Apply(Expanded note, Listing listing, RemoteHtml html)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(html);
        var (content, language) = note.LanguageString(Expanded.As + "content");
        var (name, nameLanguage) = note.LanguageString(Expanded.As + "name");
        listing.BodyHtml = html.Sanitize(content ?? "");
        listing.Title = Truncate(RemoteHtml.PlainText(name), 200);
        listing.Language = language ?? nameLanguage ?? "und";
        var source = note.Object(Expanded.As + "source");
        listing.Body = source?.String(Expanded.As + "content") ?? "";
        listing.Status = ParseEnum<ListingStatus>(note.String(Expanded.Ma + "listingStatus")) ?? ListingStatus.Closed;
        listing.Categories = [.. note.Strings(Expanded.Ma + "category").Select(c => ParseEnum<Category>(c.Replace("-", "", StringComparison.Ordinal)) ?? Category.Other).Distinct()];
        listing.Tags = [.. note.Objects(Expanded.As + "tag").Where(t => t.Is("Hashtag")).Select(t => (t.String(Expanded.As + "name") ?? "").TrimStart('#')).Where(t => t.Length > 0).Take(20)];
        listing.Visibility = VisibilityOf(note);
        listing.ExpiresAt = note.Time(Expanded.Schema + "expires");
        listing.UpdatedAt = note.Time(Expanded.As + "updated") ?? note.Time(Expanded.As + "published") ?? listing.UpdatedAt;
        listing.Location = Place(note.Object(Expanded.As + "location"));
        listing.ServiceArea = note.Object(Expanded.Schema + "areaServed")?.String(Expanded.As + "name") is { } area ? Truncate(area, 500) : null;
        ApplyDetails(note, listing);
        listing.Origin.RemoteUpdatedAt = note.Time(Expanded.As + "updated") ?? listing.Origin.RemoteUpdatedAt;
    }

    public static ListingVisibility VisibilityOf(Expanded @object)
    {
        ArgumentNullException.ThrowIfNull(@object);
        if (@object.Ids(Expanded.As + "to").Any(PublicCollection.IsPublic))
        {
            return ListingVisibility.Public;
        }

        return @object.Ids(Expanded.As + "cc").Any(PublicCollection.IsPublic) ? ListingVisibility.Unlisted : ListingVisibility.FollowersOnly;
    }

    private static void ApplyDetails(Expanded note, Listing listing)
    {
        var intent = note.Object(Expanded.Vf + "publishes");
        switch (listing.Kind)
        {
            case ListingKind.Offer:
                var available = Measure(intent?.Object(Expanded.Vf + "availableQuantity"));
                var deliveries = note.Strings(Expanded.Ma + "deliveryMethod");
                listing.Offer = new OfferDetails
                {
                    What = Truncate(intent?.String(Expanded.As + "name") ?? "", 200),
                    QuantityAvailable = available?.Value,
                    Unit = available?.Unit,
                    Conditions = Truncate(note.String(Expanded.Ma + "conditions") ?? "", 2000),
                    HandOver = deliveries.Contains("delivery") ? (deliveries.Contains("pick-up") ? HandOver.PickUpOrDelivery : HandOver.Delivery) : HandOver.PickUp,
                };
                break;
            case ListingKind.Need:
                var needed = Measure(intent?.Object(Expanded.Vf + "resourceQuantity"));
                listing.Need = new NeedDetails
                {
                    What = Truncate(intent?.String(Expanded.As + "name") ?? "", 200),
                    QuantityNeeded = needed?.Value ?? 0,
                    Unit = needed?.Unit ?? "",
                    Urgency = ParseEnum<Urgency>(note.String(Expanded.Ma + "urgency")) ?? Urgency.Medium,
                    Deadline = intent?.Time(Expanded.Vf + "due"),
                    QuantityPledged = Measure(note.Object(Expanded.Ma + "pledgedQuantity"))?.Value ?? 0,
                    QuantityFulfilled = Measure(note.Object(Expanded.Ma + "fulfilledQuantity"))?.Value ?? 0,
                };
                break;
            case ListingKind.Fund:
                var goal = Money(note.Object(Expanded.Ma + "fundingGoal"));
                var raised = Money(note.Object(Expanded.Ma + "amountRaised"));
                listing.Fund = new FundDetails
                {
                    Purpose = ParseEnum<FundPurpose>(note.String(Expanded.Ma + "fundPurpose")) ?? FundPurpose.Other,
                    GoalAmount = goal?.Amount ?? 0,
                    RaisedAmount = raised?.Amount ?? 0,
                    // Never more paid out than raised (vocabulary 6), whatever the sender claims.
                    DisbursedAmount = Math.Min(Money(note.Object(Expanded.Ma + "amountDisbursed"))?.Amount ?? 0, raised?.Amount ?? 0),
                    LastDisbursement = note.String(Expanded.Ma + "disbursementNote") is { Length: > 0 } paidOut ? Truncate(paidOut, 500) : null,
                    Currency = goal?.Currency ?? raised?.Currency ?? "",
                    FullyFunded = note.Boolean(Expanded.Ma + "fullyFunded") ?? false,
                    GiveElsewhereUrl = RemoteHtml.SafeWebAddress(note.IdOf(Expanded.Ma + "giveInstead")),
                };
                break;
            case ListingKind.Contact:
                var point = note.Object(Expanded.Schema + "contactPoint");
                listing.Contact = new ContactDetails
                {
                    Phone = point?.String(Expanded.Schema + "telephone"),
                    Signal = point?.String(Expanded.Ma + "signal"),
                    Email = point?.String(Expanded.Schema + "email"),
                    Url = RemoteHtml.SafeWebAddress(point?.IdOf(Expanded.As + "url")),
                    LanguagesSpoken = point is null ? [] : [.. point.Strings(Expanded.Schema + "availableLanguage")],
                    AlwaysOpen = point?.Boolean(Expanded.Ma + "alwaysOpen") ?? false,
                    Schedule = Schedule(point?.Object(Expanded.Ma + "schedule")),
                };
                break;
            case ListingKind.Service:
                listing.Service = new ServiceDetails { Schedule = Schedule(note.Object(Expanded.Ma + "schedule")) ?? new Schedule() };
                break;
            case ListingKind.SavingsCircle:
                var contribution = Money(note.Object(Expanded.Ma + "contribution"));
                listing.SavingsCircle = new SavingsCircleDetails
                {
                    LocalName = Truncate(note.String(Expanded.Ma + "localName") ?? "", 100),
                    ContributionAmount = contribution?.Amount ?? 0,
                    Currency = contribution?.Currency ?? "",
                    CycleLengthDays = Days(note.String(Expanded.Ma + "cycleLength")),
                    Slots = (int)(note.Number(Expanded.Ma + "slots") ?? 0),
                    SeatsOpen = (int)(note.Number(Expanded.Ma + "openSlots") ?? 0),
                    PayoutOrder = ParseEnum<PayoutOrder>(note.String(Expanded.Ma + "payoutOrder")) ?? PayoutOrder.Fixed,
                };
                break;
        }
    }

    private static ListingKind? ParseKind(string? term) =>
        term == "savings-circle" ? ListingKind.SavingsCircle : ParseEnum<ListingKind>(term);

    private static T? ParseEnum<T>(string? term)
        where T : struct, Enum =>
        term is { Length: > 0 } && !term.Any(char.IsDigit) && Enum.TryParse<T>(term.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var value) ? value : null;

    private static Location? Place(Expanded? place)
    {
        if (place is null)
        {
            return null;
        }

        var precision = ParseEnum<LocationPrecision>(place.String(Expanded.Ma + "locationPrecision")) ?? LocationPrecision.City;
        // A remote point is already coarsened by its sender; we never store more precision than it claims.
        return new Location
        {
            PlaceName = Truncate(place.String(Expanded.As + "name") ?? "", 200),
            Precision = precision,
            PublicLatitude = place.Number(Expanded.As + "latitude"),
            PublicLongitude = place.Number(Expanded.As + "longitude"),
        };
    }

    private static (decimal Value, string Unit)? Measure(Expanded? measure) =>
        measure?.String(Expanded.Om2 + "hasNumericalValue") is { } text && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? (value, Truncate(measure.String(Expanded.Om2 + "hasUnit") ?? "one", 50))
            : null;

    private static (decimal Amount, string Currency)? Money(Expanded? money)
    {
        var currency = money?.String(Expanded.Schema + "currency");
        return money?.String(Expanded.Schema + "value") is { } text && currency is { Length: 3 }
            && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            ? (amount, currency.ToUpperInvariant())
            : null;
    }

    private static Schedule? Schedule(Expanded? schedule)
    {
        if (schedule is null)
        {
            return null;
        }

        return new Schedule
        {
            Recurrence = schedule.String(Expanded.Ma + "rrule") ?? "",
            Opens = TimeOnly.TryParse(schedule.String(Expanded.Schema + "opens"), CultureInfo.InvariantCulture, out var opens) ? opens : default,
            Closes = TimeOnly.TryParse(schedule.String(Expanded.Schema + "closes"), CultureInfo.InvariantCulture, out var closes) ? closes : default,
            TimeZone = schedule.String(Expanded.Schema + "scheduleTimezone") ?? "",
        };
    }

    private static int Days(string? duration)
    {
        if (duration is null)
        {
            return 0;
        }

        try
        {
            return (int)System.Xml.XmlConvert.ToTimeSpan(duration).TotalDays;
        }
        catch (FormatException)
        {
            // P1M and other calendar durations have no fixed length in days; count a month as 30.
            return duration.EndsWith('M') && int.TryParse(duration[1..^1], CultureInfo.InvariantCulture, out var months) ? months * 30 : 0;
        }
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
