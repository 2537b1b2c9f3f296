using MutualAid.Core.Directory;
using MutualAid.Core.Listings.Details;
using MutualAid.Federation.Conversion;

namespace MutualAid.Server.Api;

/// <summary>
/// Remote listings as the JSON API shows them: HTML and links sanitized again, whatever is stored. Ingest
/// already sanitizes (AsToDomain); this covers rows stored before it did, and API clients that put
/// <c>bodyHtml</c> straight into a page. Local listings are our own Markdown rendering and pass unchanged.
/// </summary>
public static class RemoteListingViews
{
    public static DirectoryPage Sanitized(DirectoryPage page, RemoteHtml html)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(html);
        return page with { Items = [.. page.Items.Select(entry => entry.IsRemote ? Sanitized(entry, html) : entry)] };
    }

    private static DirectoryEntry Sanitized(DirectoryEntry entry, RemoteHtml html)
    {
        var listing = entry.Listing;
        return entry with
        {
            RemoteObject = RemoteHtml.SafeWebAddress(entry.RemoteObject),
            RemoteActor = RemoteHtml.SafeWebAddress(entry.RemoteActor),
            Listing = listing with
            {
                Title = RemoteHtml.PlainText(listing.Title),
                BodyHtml = html.Sanitize(listing.BodyHtml),
                Fund = Sanitized(listing.Fund),
                Contact = Sanitized(listing.Contact),
            },
        };
    }

    private static FundDetails? Sanitized(FundDetails? fund)
    {
        if (fund?.Copy() is not { } clean)
        {
            return null;
        }

        clean.LastDisbursement = fund.LastDisbursement is { } paidOut ? RemoteHtml.PlainText(paidOut) : null;
        clean.GiveElsewhereUrl = RemoteHtml.SafeWebAddress(fund.GiveElsewhereUrl);
        return clean;
    }

    private static ContactDetails? Sanitized(ContactDetails? contact)
    {
        if (contact?.Copy() is not { } clean)
        {
            return null;
        }

        clean.Url = RemoteHtml.SafeWebAddress(contact.Url);
        return clean;
    }
}
