using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Views;

namespace MutualAid.Server.Web.Pages;

/// <summary>Where a listing's page is: under its collective when local, under /directory/listings when federated in (/listings/{id} is the ActivityPub object).</summary>
public static class ListingLinks
{
    public static string Page(ListingView listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return listing.Origin == OriginKind.Local && listing.Collective is { } slug
            ? $"/@{Uri.EscapeDataString(slug)}/listings/{Uri.EscapeDataString(listing.Id)}"
            : $"/directory/listings/{Uri.EscapeDataString(listing.Id)}";
    }

    public static string Collective(string slug) => "/@" + Uri.EscapeDataString(slug);

    /// <summary>The directory's page of a remote collective: its listings here, followable ones first.</summary>
    public static string RemoteCollective(string actorIri) => "/directory/collective?actor=" + Uri.EscapeDataString(actorIri);

    public static string KindKey(ListingKind kind) => "kind." + kind.ToString().ToLowerInvariant();

    public static string KindPluralKey(ListingKind kind) => "kinds." + kind.ToString().ToLowerInvariant();
}
