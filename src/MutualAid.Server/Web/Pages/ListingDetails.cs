using System.Globalization;
using MutualAid.Core.Directory;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Core.Listings.Views;
using MutualAid.Server.Web.Html;
using MutualAid.Server.Web.Localization;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Pages;

/// <summary>Who published a listing, for its page: a local collective or a remote actor.</summary>
public sealed record Publisher(string Name, string? LocalSlug, string? FrontGate, string? RemoteActor, string? RemoteObject, string? InstanceDomain)
{
    /// <summary>Set when the remote listing's instance has not answered since then.</summary>
    public DateTimeOffset? StaleSince { get; init; }
}

/// <summary>
/// Everything a person needs on one listing's page: what, where (at the shown precision only), when,
/// how to reach or give, quantities still needed, and the status when it is no longer open.
/// </summary>
public static class ListingDetails
{
    /// <param name="follow">The "follow this fund / line / service" section, shown right after what the listing is.</param>
    public static H Render(ListingView listing, Publisher publisher, H body, DateTimeOffset now, UiText t, H follow = default)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(publisher);
        ArgumentNullException.ThrowIfNull(t);
        var status = listing.Status == ListingStatus.Open && listing.ExpiresAt is { } expires && expires <= now ? ListingStatus.Expired : listing.Status;
        var notice = status == ListingStatus.Open ? H.Empty
            : H.Of($"<p class=\"notice\" role=\"status\">{t["status." + status.ToString().ToLowerInvariant()]}</p>");
        var who = publisher.LocalSlug is { } slug
            ? H.Of($"<a href=\"{ListingLinks.Collective(slug)}\">{publisher.Name}</a>")
            : H.Of($"{publisher.Name} · {t.Format("listing.fromInstance", publisher.InstanceDomain ?? "?")}");
        var categories = H.Join(listing.Categories.Select(c => H.Of($"<li><a href=\"/search?category={CategoryParam(c)}\">{CategoryVocabulary.Label(c, t.Language)}</a></li>")));
        var tags = H.Join(listing.Tags.Select(tag => H.Of($"<li><a href=\"/search?q={Uri.EscapeDataString(tag)}\" lang=\"{listing.Language}\">#{tag}</a></li>")));
        var original = SafeLinks.Web(publisher.RemoteObject) is { } remote
            ? H.Of($"<p><a href=\"{remote}\" rel=\"nofollow noopener noreferrer\">{t["listing.original"]}</a></p>")
            : H.Empty;
        return H.Of($"""
            <article class="listing">
            <p class="kind">{t[ListingLinks.KindKey(listing.Kind)]}</p>
            <h1 lang="{listing.Language}" dir="auto">{listing.Title}</h1>
            {notice}
            {ListingCard.Stale(publisher.StaleSince, publisher.InstanceDomain, t)}
            <p class="meta">{who} · <time datetime="{listing.PublishedAt.ToString("O", CultureInfo.InvariantCulture)}">{listing.PublishedAt.ToString("d MMMM yyyy", CultureInfo.CurrentCulture)}</time></p>
            <div class="body" lang="{listing.Language}" dir="auto">{body}</div>
            {Kind(listing, status, now, t)}
            {follow}
            {Where(listing, t)}
            {When(listing, now, t)}
            <section aria-labelledby="contact-h"><h2 id="contact-h">{t["listing.contact"]}</h2>
            {Contact(listing, publisher, t)}
            </section>
            {(listing.Categories.Count == 0 ? H.Empty : H.Of($"<h2>{t["listing.categories"]}</h2><ul class=\"chips\">{categories}</ul>"))}
            {(listing.Tags.Count == 0 ? H.Empty : H.Of($"<ul class=\"chips tags\">{tags}</ul>"))}
            {original}
            </article>
            """);
    }

    public static string CategoryParam(Category category)
    {
        var name = category.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static H Where(ListingView listing, UiText t)
    {
        if (listing.Location is null && listing.ServiceArea is null)
        {
            return H.Empty;
        }

        var location = listing.Location;
        var point = location is { Precision: LocationPrecision.Exact, Latitude: { } lat, Longitude: { } lon }
            ? H.Of($"<br><span class=\"coords\">{lat.ToString("0.#####", CultureInfo.InvariantCulture)}, {lon.ToString("0.#####", CultureInfo.InvariantCulture)}</span>")
            : H.Empty;
        return H.Of($"""
            <section aria-labelledby="where-h"><h2 id="where-h">{t["listing.where"]}</h2>
            {(location is null ? H.Empty : H.Of($"<p><span aria-hidden=\"true\">📍</span> <span lang=\"{listing.Language}\">{location.PlaceName}</span>{ListingCard.PrecisionNote(location, t)}{point}</p>"))}
            {(listing.ServiceArea is { } area ? H.Of($"<p>{t["listing.serviceArea"]}: <span lang=\"{listing.Language}\">{area}</span></p>") : H.Empty)}
            </section>
            """);
    }

    private static H When(ListingView listing, DateTimeOffset now, UiText t)
    {
        var schedule = listing.Service?.Schedule ?? listing.Contact?.Schedule;
        var rows = new List<H>();
        if (listing.Contact is { AlwaysOpen: true })
        {
            rows.Add(H.Of($"<li>{t["contact.alwaysOpen"]}</li>"));
        }
        else if (schedule is not null)
        {
            var open = OpeningHours.IsOpen(schedule, DateOnly.FromDateTime(listing.PublishedAt.UtcDateTime), now);
            rows.Add(H.Of($"<li>{ScheduleText.Describe(schedule, t)} — <strong>{(open ? t["listing.openNow"] : t["listing.closedNow"])}</strong></li>"));
        }

        if (listing.Need?.Deadline is { } deadline)
        {
            rows.Add(H.Of($"<li>{t["need.deadline"]}: <time datetime=\"{deadline.ToString("O", CultureInfo.InvariantCulture)}\">{deadline.ToString("f", CultureInfo.CurrentCulture)}</time></li>"));
        }

        if (listing.ExpiresAt is { } expires)
        {
            rows.Add(H.Of($"<li>{t["listing.expires"]}: <time datetime=\"{expires.ToString("O", CultureInfo.InvariantCulture)}\">{expires.ToString("d MMMM yyyy", CultureInfo.CurrentCulture)}</time></li>"));
        }

        return rows.Count == 0 ? H.Empty : H.Of($"<section aria-labelledby=\"when-h\"><h2 id=\"when-h\">{t["listing.when"]}</h2><ul>{rows}</ul></section>");
    }

    private static H Kind(ListingView listing, ListingStatus status, DateTimeOffset now, UiText t)
    {
        var c = CultureInfo.CurrentCulture;
        return listing.Kind switch
        {
            ListingKind.Offer when listing.Offer is { } offer => Facts(t["listing.details"],
                (t["offer.what"], H.Of($"<span lang=\"{listing.Language}\">{offer.What}</span>")),
                (t["offer.quantity"], offer.QuantityAvailable is { } q ? H.Text($"{q.ToString("0.##", c)} {offer.Unit}") : H.Empty),
                (t["offer.conditions"], H.Of($"<span lang=\"{listing.Language}\">{offer.Conditions}</span>")),
                (t["offer.handOver"], H.Text(t["handOver." + offer.HandOver.ToString().ToLowerInvariant()]))),
            ListingKind.Need when listing.Need is { } need => Facts(t["listing.details"],
                (t["need.what"], H.Of($"<span lang=\"{listing.Language}\">{need.What}</span>")),
                (t["need.urgency"], H.Of($"<span class=\"badge urgency-{need.Urgency.ToString().ToLowerInvariant()}\">{t["urgency." + need.Urgency.ToString().ToLowerInvariant()]}</span>")),
                (t["need.quantity"], H.Text($"{need.QuantityNeeded.ToString("0.##", c)} {need.Unit}")),
                (t["need.pledged"], H.Text($"{need.QuantityPledged.ToString("0.##", c)} {need.Unit}")),
                (t["need.fulfilled"], H.Text($"{need.QuantityFulfilled.ToString("0.##", c)} {need.Unit}")),
                (t["need.remaining"], H.Of($"<strong>{ListingCard.StillNeeded(need).ToString("0.##", c)} {need.Unit}</strong>"))),
            ListingKind.Fund when listing.Fund is { } fund => Fund(listing, fund, status, t),
            ListingKind.SavingsCircle when listing.SavingsCircle is { } circle => Facts(t["listing.details"],
                (t["circle.localName"], H.Of($"<span lang=\"{listing.Language}\">{circle.LocalName}</span>")),
                (t["circle.contribution"], H.Text(ListingCard.Money(circle.ContributionAmount, circle.Currency))),
                (t["circle.cycle"], H.Text(t.Format("circle.days", circle.CycleLengthDays))),
                (t["circle.seats"], H.Text(t.Format("circle.seatsOf", circle.SeatsOpen, circle.Slots))),
                (t["circle.payoutOrder"], H.Text(t["payout." + circle.PayoutOrder.ToString().ToLowerInvariant()]))),
            ListingKind.Service when listing.Service is { } service => Facts(t["listing.details"],
                (t["service.walkIns"], H.Text(service.WalkInsWelcome ? t["service.walkInsYes"] : t["service.walkInsNo"]))),
            _ => H.Empty,
        };
    }

    /// <summary>What the collective has paid out and its latest public note, once there is anything to say.</summary>
    private static H Disbursed(ListingView listing, FundDetails fund, UiText t)
    {
        if (fund.DisbursedAmount <= 0 && fund.LastDisbursement is not { Length: > 0 })
        {
            return H.Empty;
        }

        var note = fund.LastDisbursement is { Length: > 0 } text ? H.Of($"<p class=\"disbursement\" lang=\"{listing.Language}\">{text}</p>") : H.Empty;
        return H.Of($"""
            <p class="disbursed">{t.Format("fund.disbursed", ListingCard.Money(fund.DisbursedAmount, fund.Currency))}</p>
            {note}
            """);
    }

    /// <summary>A fully funded fund never shows a way to give, only where to give instead (vocabulary §6).</summary>
    private static H Fund(ListingView listing, FundDetails fund, ListingStatus status, UiText t)
    {
        var progress = H.Of($"""
            <p>{t.Format("fund.raised", ListingCard.Money(fund.RaisedAmount, fund.Currency), ListingCard.Money(fund.GoalAmount, fund.Currency))}
            <progress max="{fund.GoalAmount.ToString(CultureInfo.InvariantCulture)}" value="{Math.Min(fund.RaisedAmount, fund.GoalAmount).ToString(CultureInfo.InvariantCulture)}"></progress></p>
            {Disbursed(listing, fund, t)}
            """);
        if (fund.FullyFunded)
        {
            var elsewhere = SafeLinks.Web(fund.GiveElsewhereUrl) is { } url
                ? H.Of($"<p><a class=\"button\" href=\"{url}\" rel=\"nofollow noopener noreferrer\">{t["fund.giveElsewhere"]}</a></p>")
                : H.Empty;
            return H.Of($"""
                <section class="give funded" aria-labelledby="give-h"><h2 id="give-h">{t["fund.fullyFunded"]}</h2>
                {progress}
                {(fund.GiveElsewhereText is { } text ? H.Of($"<p lang=\"{listing.Language}\">{text}</p>") : H.Empty)}
                {elsewhere}
                </section>
                """);
        }

        var howToGive = status == ListingStatus.Open
            ? H.Of($"<h3>{t["fund.howToGive"]}</h3><p lang=\"{listing.Language}\" class=\"pre\">{fund.HowToGive}</p>")
            : H.Empty;
        return H.Of($"""
            <section class="give" aria-labelledby="give-h"><h2 id="give-h">{t["fund.purpose." + fund.Purpose.ToString().ToLowerInvariant()]}</h2>
            {progress}
            {howToGive}
            </section>
            """);
    }

    private static H Contact(ListingView listing, Publisher publisher, UiText t)
    {
        var items = new List<H>();
        if (listing.Contact is { } contact)
        {
            if (SafeLinks.Phone(contact.Phone) is { } tel)
            {
                items.Add(H.Of($"<li>{t["contact.phone"]}: <a href=\"{tel}\" dir=\"ltr\">{contact.Phone}</a></li>"));
            }

            if (!string.IsNullOrWhiteSpace(contact.Signal))
            {
                items.Add(H.Of($"<li>Signal: <span dir=\"ltr\">{contact.Signal}</span></li>"));
            }

            if (SafeLinks.Email(contact.Email) is { } mail)
            {
                items.Add(H.Of($"<li>{t["contact.email"]}: <a href=\"{mail}\">{contact.Email}</a></li>"));
            }

            if (SafeLinks.Web(contact.Url) is { } web)
            {
                items.Add(H.Of($"<li><a href=\"{web}\" rel=\"nofollow noopener noreferrer\">{contact.Url}</a></li>"));
            }

            if (contact.LanguagesSpoken.Count > 0)
            {
                items.Add(H.Of($"<li>{t["contact.languages"]}: {string.Join(", ", contact.LanguagesSpoken)}</li>"));
            }
        }

        if (!string.IsNullOrWhiteSpace(publisher.FrontGate))
        {
            items.Add(H.Of($"<li>{t["collective.frontGate"]}: {publisher.FrontGate}</li>"));
        }

        if (publisher.LocalSlug is { } slug)
        {
            items.Add(H.Of($"<li><a href=\"{ListingLinks.Collective(slug)}\">{publisher.Name}</a></li>"));
        }
        else if (SafeLinks.Web(publisher.RemoteActor) is { } actor)
        {
            items.Add(H.Of($"<li><a href=\"{actor}\" rel=\"nofollow noopener noreferrer\">{publisher.Name}</a></li>"));
        }

        return H.Of($"<ul>{items}</ul>");
    }

    private static H Facts(string heading, params (string Label, H Value)[] facts)
    {
        var rows = facts.Where(f => !f.Value.IsEmpty).Select(f => H.Of($"<dt>{f.Label}</dt><dd>{f.Value}</dd>"));
        return H.Of($"<section aria-labelledby=\"details-h\"><h2 id=\"details-h\">{heading}</h2><dl class=\"facts\">{rows}</dl></section>");
    }
}
