using MutualAid.Core.Geography;

namespace MutualAid.Core.Listings.Views;

/// <summary>
/// A listing as its own collective's members edit it: the public view plus the exact point the members
/// entered. Public views carry only the coarsened point; an edit form filled from that would save the
/// coarsened point as the new exact one and lose precision on every edit.
/// </summary>
public sealed record ListingToEdit(ListingView View, GeoPoint? ExactPoint);
