using System.Globalization;
using MutualAid.Core.Directory;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Views;
using MutualAid.Server.Web.Localization;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Pages;

/// <summary>A search hit as a compact card: kind, title in its own language, who, where, and the key fact.</summary>
public static class ListingCard
{
    public static H Render(DirectoryEntry entry, UiText t)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(t);
        var listing = entry.Listing;
        var who = entry.IsRemote
            ? entry.RemoteActor is { } actor
                ? H.Of($"<a class=\"origin\" href=\"{ListingLinks.RemoteCollective(actor)}\">{t.Format("listing.fromInstance", FollowTarget.ActorName(actor, entry.InstanceDomain))}</a>")
                : H.Of($"<span class=\"origin\">{t.Format("listing.fromInstance", entry.InstanceDomain ?? "?")}</span>")
            : listing.Collective is { } slug
                ? H.Of($"<a href=\"{ListingLinks.Collective(slug)}\">{entry.CollectiveName ?? slug}</a>")
                : H.Empty;
        var where = listing.Location is { } location ? H.Of($"<span><span aria-hidden=\"true\">📍</span> <span class=\"place\">{location.PlaceName}</span>{PrecisionNote(location, t)}</span>") : H.Empty;
        var distance = entry.DistanceKm is { } km ? H.Of($"<span>{t.Format("listing.distance", km.ToString("0.#", CultureInfo.CurrentCulture))}</span>") : H.Empty;
        var open = entry.OpenNow switch
        {
            true => H.Of($"<span class=\"badge open\">{t["listing.openNow"]}</span>"),
            false => H.Of($"<span class=\"badge\">{t["listing.closedNow"]}</span>"),
            null => H.Empty,
        };
        return H.Of($"""
            <article class="card kind-{listing.Kind.ToString().ToLowerInvariant()}">
            <p class="kind">{t[ListingLinks.KindKey(listing.Kind)]}</p>
            <h3 lang="{listing.Language}" dir="auto"><a href="{ListingLinks.Page(listing)}">{listing.Title}</a></h3>
            <p class="meta">{who} {where} {distance} {open}</p>
            {Stale(entry.StaleSince, entry.InstanceDomain, t)}
            {KeyFact(listing, t)}
            {(entry.Followable ? ListingFollowSection.Card(entry.ActorHandle, entry.ActorFollowers, t) : H.Empty)}
            </article>
            """);
    }

    /// <summary>The notice on listings whose instance stopped answering: what they offer may be gone.</summary>
    public static H Stale(DateTimeOffset? staleSince, string? instance, UiText t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return staleSince is { } since
            ? H.Of($"<p class=\"notice stale\" role=\"note\">{t.Format("listing.stale", instance ?? "?", since.ToString("d MMMM yyyy", t.Culture))}</p>")
            : H.Empty;
    }

    public static H PrecisionNote(LocationView location, UiText t)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(t);
        return location.Precision switch
        {
            LocationPrecision.Neighbourhood => H.Of($" <small>({t["location.neighbourhood"]})</small>"),
            LocationPrecision.City => H.Of($" <small>({t["location.city"]})</small>"),
            _ => H.Empty,
        };
    }

    /// <summary>The one fact that decides whether to click: what is still needed, how much is raised, seats left.</summary>
    public static H KeyFact(ListingView listing, UiText t)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(t);
        var c = CultureInfo.CurrentCulture;
        return listing.Kind switch
        {
            ListingKind.Need when listing.Need is { } need => H.Of($"""
                <p class="fact"><span class="badge urgency-{need.Urgency.ToString().ToLowerInvariant()}">{t["urgency." + need.Urgency.ToString().ToLowerInvariant()]}</span>
                <span lang="{listing.Language}">{need.What}</span>: {t.Format("need.stillNeeded", StillNeeded(need).ToString("0.##", c), need.QuantityNeeded.ToString("0.##", c), need.Unit)}</p>
                """),
            ListingKind.Fund when listing.Fund is { FullyFunded: true } => H.Of($"<p class=\"fact funded\">{t["fund.fullyFunded"]}</p>"),
            ListingKind.Fund when listing.Fund is { } fund => H.Of($"""
                <p class="fact">{t.Format("fund.raised", Money(fund.RaisedAmount, fund.Currency), Money(fund.GoalAmount, fund.Currency))}
                <progress max="{fund.GoalAmount.ToString(CultureInfo.InvariantCulture)}" value="{Math.Min(fund.RaisedAmount, fund.GoalAmount).ToString(CultureInfo.InvariantCulture)}"></progress>{(fund.DisbursedAmount > 0 ? " · " + t.Format("fund.disbursed", Money(fund.DisbursedAmount, fund.Currency)) : "")}</p>
                """),
            ListingKind.Offer when listing.Offer is { } offer => H.Of($"""
                <p class="fact"><span lang="{listing.Language}">{offer.What}</span>{(offer.QuantityAvailable is { } q ? " · " + t.Format("offer.available", q.ToString("0.##", c), offer.Unit ?? "") : "")}</p>
                """),
            ListingKind.Service when listing.Service is { } service => H.Of($"<p class=\"fact\">{ScheduleText.Describe(service.Schedule, t)}</p>"),
            ListingKind.Contact when listing.Contact is { } contact => H.Of($"<p class=\"fact\">{(contact.AlwaysOpen ? t["contact.alwaysOpen"] : contact.Schedule is { } s ? ScheduleText.Describe(s, t) : "")}</p>"),
            ListingKind.SavingsCircle when listing.SavingsCircle is { } circle => H.Of($"""
                <p class="fact">{t.Format("circle.summary", Money(circle.ContributionAmount, circle.Currency), circle.CycleLengthDays, circle.SeatsOpen, circle.Slots)}</p>
                """),
            _ => H.Empty,
        };
    }

    public static decimal StillNeeded(Core.Listings.Details.NeedDetails need)
    {
        ArgumentNullException.ThrowIfNull(need);
        return Math.Max(0, need.QuantityNeeded - need.QuantityPledged - need.QuantityFulfilled);
    }

    public static string Money(decimal amount, string currency) => amount.ToString("N2", CultureInfo.CurrentCulture) + " " + currency;
}
