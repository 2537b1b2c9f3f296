using System.Text;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Federation.Wording;

namespace MutualAid.Federation.Conversion;

/// <summary>
/// The HTML a Mastodon reader sees (vocabulary section 7): a first line, facts from the structured data,
/// the body, the place, the link and the hashtags, with only elements Mastodon keeps. The fixed words,
/// numbers and dates are in the listing's language when we ship it, in English otherwise.
/// </summary>
public static class NoteContent
{
    /// <param name="follow">The handle and IRI of the listing's own actor while it is followable: a "Follow updates" line links it.</param>
    public static string Render(Listing listing, string url, IReadOnlyList<(string Name, string Href)> tags, (string Handle, string Href)? follow = null)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(tags);
        var t = NoteLanguages.For(listing.Language);
        var html = new StringBuilder();
        html.Append("<p><strong>").Append(Encode(Headline(listing, t))).Append("</strong></p>");
        var facts = Facts(listing, t).Where(f => f.Length > 0).ToList();
        if (facts.Count > 0 || follow is not null)
        {
            html.Append("<ul>");
            foreach (var fact in facts)
            {
                html.Append("<li>").Append(Encode(fact)).Append("</li>");
            }

            if (follow is { } actor)
            {
                // Mastodon's own mention markup, which its sanitizer keeps and links to the account.
                var user = actor.Handle.Split('@')[0];
                var mention = $"<span class=\"h-card\"><a href=\"{Encode(actor.Href)}\" class=\"u-url mention\">@<span>{Encode(user)}</span></a></span>";
                html.Append("<li>").Append(t.FormatHtml("note.follow", mention)).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append(listing.BodyHtml);
        if (listing.Location is { PlaceName.Length: > 0 } location)
        {
            html.Append("<p>📍 ").Append(Encode(t.Format("place." + location.Precision.ToString().ToLowerInvariant(), location.PlaceName))).Append("</p>");
        }

        html.Append("<p><a href=\"").Append(Encode(url)).Append("\">").Append(Encode(url.Replace("https://", "", StringComparison.Ordinal))).Append("</a></p>");
        if (tags.Count > 0)
        {
            html.Append("<p>");
            html.AppendJoin(' ', tags.Select(tag =>
                $"<a href=\"{Encode(tag.Href)}\" class=\"mention hashtag\" rel=\"tag\">#<span>{Encode(tag.Name.TrimStart('#'))}</span></a>"));
            html.Append("</p>");
        }

        return html.ToString();
    }

    /// <summary>"Offer: Spare coats", with "⏸ Paused: " and the like in front when the listing is not open.</summary>
    private static string Headline(Listing listing, NoteWording t)
    {
        var headline = t.Format("note.headline", ListingFacts.KindLabel(listing.Kind, t), listing.Title);
        return listing.Status == ListingStatus.Open ? headline : t.Format("status." + listing.Status.ToString().ToLowerInvariant(), headline);
    }

    private static IEnumerable<string> Facts(Listing listing, NoteWording t)
    {
        if (listing.Offer is { } offer)
        {
            yield return offer.QuantityAvailable is { } q ? t.Format("offer.available", t.Number(q, "0.##"), offer.Unit, offer.What).Trim() : "";
            yield return t.Format("offer.delivery", t["handOver." + offer.HandOver.ToString().ToLowerInvariant()]);
            yield return offer.Conditions.Length > 0 ? t.Format("offer.conditions", offer.Conditions) : "";
        }

        if (listing.Need is { } need)
        {
            yield return t.Format("need.needed", t.Number(need.QuantityNeeded, "0.##"), need.Unit, need.What).Trim();
            yield return t.Format("need.progress", t.Number(need.QuantityPledged, "0.##"), t.Number(need.QuantityFulfilled, "0.##"));
            yield return t.Format("need.urgency", t["urgency." + need.Urgency.ToString().ToLowerInvariant()]);
            yield return need.Deadline is { } due ? t.Format("need.deadline", t.DateTime(due)) : "";
        }

        if (listing.Fund is { } fund)
        {
            foreach (var fact in FundFacts(fund, t))
            {
                yield return fact;
            }
        }

        if (listing.Contact is { } contact)
        {
            yield return contact.Phone is { } phone ? t.Format("contact.phone", phone) : "";
            yield return contact.Signal is { } signal ? t.Format("contact.signal", signal) : "";
            yield return contact.Email is { } email ? t.Format("contact.email", email) : "";
            yield return contact.LanguagesSpoken.Count > 0 ? t.Format("contact.languages", t.List(contact.LanguagesSpoken)) : "";
            yield return ListingFacts.Hours(contact, t) is { } hours ? t.Format("contact.available", hours) : "";
        }

        if (listing.Service is { } service)
        {
            yield return ListingFacts.Hours(service.Schedule, t);
            yield return service.WalkInsWelcome ? t["service.walkIns"] : t["service.booking"];
        }

        if (listing.SavingsCircle is { } circle)
        {
            yield return t.Format("circle.contribution", t.Number(circle.ContributionAmount, "0.00") + " " + circle.Currency, circle.CycleLengthDays);
            yield return t.Format("circle.slots", circle.Slots, circle.SeatsOpen);
            yield return t.Format("circle.payout", t["payout." + circle.PayoutOrder.ToString().ToLowerInvariant()]);
        }

        yield return listing.ExpiresAt is { } expires ? t.Format("listing.until", t.Date(expires)) : "";
    }

    private static IEnumerable<string> FundFacts(FundDetails fund, NoteWording t)
    {
        var percent = t.Percent(ListingFacts.Percent(fund));
        yield return t.Format("fund.raised", t.Number(fund.RaisedAmount, "0.00"), t.Number(fund.GoalAmount, "0.00"), fund.Currency, percent);
        var disbursed = t.Number(fund.DisbursedAmount, "0.00") + " " + fund.Currency;
        yield return fund.LastDisbursement is { Length: > 0 } paidOut ? t.Format("fund.disbursedWithNote", disbursed, paidOut)
            : fund.DisbursedAmount > 0 ? t.Format("fund.disbursed", disbursed)
            : "";
        yield return t.Format("fund.purpose", t["purpose." + fund.Purpose.ToString().ToLowerInvariant()]);
        yield return fund.FullyFunded
            ? (fund.GiveElsewhereUrl is { } elsewhere ? t.Format("fund.giveInstead", elsewhere) : "")
            : (fund.HowToGive.Length > 0 ? t.Format("fund.howToGive", fund.HowToGive) : "");
    }

    private static string Encode(string text) => HtmlText.Escape(text);
}
