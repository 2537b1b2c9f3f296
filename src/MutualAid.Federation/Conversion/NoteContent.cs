using System.Globalization;
using System.Net;
using System.Text;
using MutualAid.Core.Listings;

namespace MutualAid.Federation.Conversion;

/// <summary>
/// The HTML a Mastodon reader sees (vocabulary section 7): a first line, facts from the structured data,
/// the body, the place, the link and the hashtags, with only elements Mastodon keeps. Labels are English
/// for now; translated labels come with the instance's translations.
/// </summary>
public static class NoteContent
{
    /// <param name="follow">The handle and IRI of the listing's own actor while it is followable: a "Follow updates" line links it.</param>
    public static string Render(Listing listing, string url, IReadOnlyList<(string Name, string Href)> tags, (string Handle, string Href)? follow = null)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(tags);
        var html = new StringBuilder();
        html.Append("<p><strong>").Append(Encode(StatusPrefix(listing.Status) + KindLabel(listing.Kind) + ": " + listing.Title)).Append("</strong></p>");
        var facts = Facts(listing).Where(f => f.Length > 0).ToList();
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
                html.Append("<li>Follow updates: <span class=\"h-card\"><a href=\"").Append(Encode(actor.Href))
                    .Append("\" class=\"u-url mention\">@<span>").Append(Encode(user)).Append("</span></a></span></li>");
            }

            html.Append("</ul>");
        }

        html.Append(listing.BodyHtml);
        if (listing.Location is { PlaceName.Length: > 0 } location)
        {
            var note = location.Precision switch
            {
                LocationPrecision.Neighbourhood => " (approximate area, ~1 km)",
                LocationPrecision.City => " (approximate area, ~10 km)",
                _ => "",
            };
            html.Append("<p>📍 ").Append(Encode(location.PlaceName + note)).Append("</p>");
        }

        html.Append("<p><a href=\"").Append(Encode(url)).Append("\">").Append(Encode(url.Replace("https://", "", StringComparison.Ordinal))).Append("</a></p>");
        if (tags.Count > 0)
        {
            html.Append("<p>");
            html.AppendJoin(' ', tags.Select(t =>
                $"<a href=\"{Encode(t.Href)}\" class=\"mention hashtag\" rel=\"tag\">#<span>{Encode(t.Name.TrimStart('#'))}</span></a>"));
            html.Append("</p>");
        }

        return html.ToString();
    }

    private static string StatusPrefix(ListingStatus status) => status switch
    {
        ListingStatus.Paused => "⏸ Paused: ",
        ListingStatus.Fulfilled => "✅ Fulfilled: ",
        ListingStatus.Closed => "Closed: ",
        ListingStatus.Expired => "Expired: ",
        _ => "",
    };

    private static string KindLabel(ListingKind kind) => kind switch
    {
        ListingKind.SavingsCircle => "Savings circle",
        _ => kind.ToString(),
    };

    private static IEnumerable<string> Facts(Listing listing)
    {
        var c = CultureInfo.InvariantCulture;
        if (listing.Offer is { } offer)
        {
            yield return offer.QuantityAvailable is { } q ? $"Available: {q.ToString("0.##", c)} {offer.Unit} {offer.What}".Trim() : "";
            yield return "Delivery: " + offer.HandOver switch
            {
                Core.Listings.Details.HandOver.PickUp => "pick-up",
                Core.Listings.Details.HandOver.Delivery => "delivery",
                _ => "pick-up or delivery",
            };
            yield return offer.Conditions.Length > 0 ? "Conditions: " + offer.Conditions : "";
        }

        if (listing.Need is { } need)
        {
            yield return $"Needed: {need.QuantityNeeded.ToString("0.##", c)} {need.Unit} {need.What}".Trim();
            yield return $"Pledged: {need.QuantityPledged.ToString("0.##", c)} · Received: {need.QuantityFulfilled.ToString("0.##", c)}";
            yield return "Urgency: " + need.Urgency.ToString().ToLowerInvariant();
            yield return need.Deadline is { } due ? "Deadline: " + due.ToString("yyyy-MM-dd HH:mm 'UTC'", c) : "";
        }

        if (listing.Fund is { } fund)
        {
            var percent = fund.GoalAmount > 0 ? (int)(fund.RaisedAmount * 100 / fund.GoalAmount) : 0;
            yield return $"Raised: {fund.RaisedAmount.ToString("0.00", c)} of {fund.GoalAmount.ToString("0.00", c)} {fund.Currency} ({percent}%)";
            yield return fund.DisbursedAmount > 0 || fund.LastDisbursement is { Length: > 0 }
                ? $"Disbursed: {fund.DisbursedAmount.ToString("0.00", c)} {fund.Currency}" + (fund.LastDisbursement is { Length: > 0 } paidOut ? " (" + paidOut + ")" : "")
                : "";
            yield return "Purpose: " + fund.Purpose.ToString().ToLowerInvariant();
            yield return fund.FullyFunded
                ? (fund.GiveElsewhereUrl is { } elsewhere ? "Give instead: " + elsewhere : "")
                : (fund.HowToGive.Length > 0 ? "How to give: " + fund.HowToGive : "");
        }

        if (listing.Contact is { } contact)
        {
            yield return contact.Phone is { } phone ? "Phone: " + phone : "";
            yield return contact.Signal is { } signal ? "Signal: " + signal : "";
            yield return contact.Email is { } email ? "Email: " + email : "";
            yield return contact.LanguagesSpoken.Count > 0 ? "Languages: " + string.Join(", ", contact.LanguagesSpoken) : "";
            yield return contact.AlwaysOpen ? "Available: 24/7" : contact.Schedule is { } s ? $"Available: {s.Recurrence} {s.Opens:HH\\:mm}–{s.Closes:HH\\:mm} ({s.TimeZone})" : "";
        }

        if (listing.Service is { } service)
        {
            var s = service.Schedule;
            yield return $"{s.Recurrence} {s.Opens:HH\\:mm}–{s.Closes:HH\\:mm} ({s.TimeZone})";
            yield return service.WalkInsWelcome ? "Walk-ins welcome" : "Booking needed";
        }

        if (listing.SavingsCircle is { } circle)
        {
            yield return $"Contribution: {circle.ContributionAmount.ToString("0.00", c)} {circle.Currency} every {circle.CycleLengthDays} days";
            yield return $"{circle.Slots} slots ({circle.SeatsOpen} open)";
            yield return "Payout order: " + circle.PayoutOrder.ToString().ToLowerInvariant();
        }

        yield return listing.ExpiresAt is { } expires ? "Until: " + expires.ToString("yyyy-MM-dd", c) : "";
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
