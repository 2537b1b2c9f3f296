using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MutualAid.Server.Tests.Directory;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Web;

/// <summary>
/// The member form edits the point the members entered, not the coarsened one the public sees: saving or
/// closing from the form must not move the listing onto its public cell.
/// </summary>
public sealed partial class ListingFormPointTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    private const double Latitude = 41.8565123;
    private const double Longitude = -87.6614567;

    [Fact]
    public async Task Editing_and_closing_from_the_form_keep_the_exact_point()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var api = await factory.CreateClientAsAsync(member);
        var offer = DirectorySeeds.Offer("Coats near the clinic", latitude: Latitude, longitude: Longitude, place: "Pilsen");
        var id = await DirectorySeeds.PublishAsync(api, member.Slug, offer);
        var before = await factory.InDatabaseAsync(db => db.Listings.AsNoTracking().SingleAsync(l => l.PublicId == id));
        Assert.NotEqual(Latitude, before.Location!.PublicLatitude);

        using var client = await WebClients.SignedInAsync(factory, member);
        var edit = $"/members/{member.Slug}/listings/{id}/edit";
        var page = await client.GetStringAsync(edit);
        // The form is only for the collective's members, who entered this point themselves.
        var latitude = FieldValue(page, "location.latitude");
        var longitude = FieldValue(page, "location.longitude");
        Assert.Equal("41.8565123", latitude);
        Assert.Equal("-87.6614567", longitude);

        var form = FormSamples.For("offer", "Coats near the clinic, renamed");
        form.RemoveAll(f => f.Key.StartsWith("location.", StringComparison.Ordinal));
        form.AddRange([new("location.placeName", "Pilsen"), new("location.latitude", latitude), new("location.longitude", longitude), new("location.precision", "neighbourhood"), new("version", "1")]);
        using var saved = await WebClients.PostFormAsync(client, edit, edit, form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var closed = await WebClients.PostFormAsync(client, $"/members/{member.Slug}", $"/members/{member.Slug}/listings/{id}/close", [new("version", "2")]);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);

        var after = await factory.InDatabaseAsync(db => db.Listings.AsNoTracking().SingleAsync(l => l.PublicId == id));
        Assert.Equal("Coats near the clinic, renamed", after.Title);
        Assert.Equal(Core.Listings.ListingStatus.Closed, after.Status);
        Assert.Equal(Latitude, after.Location!.ExactLatitude);
        Assert.Equal(Longitude, after.Location.ExactLongitude);
        Assert.Equal(before.Location.PublicLatitude, after.Location.PublicLatitude);
        Assert.Equal(before.Location.PublicLongitude, after.Location.PublicLongitude);

        // The public listing page still shows only the coarsened point.
        using var anonymous = factory.CreateClient();
        var publicPage = await anonymous.GetStringAsync($"/@{member.Slug}/listings/{id}");
        Assert.DoesNotContain("41.8565123", publicPage, StringComparison.Ordinal);
    }

    private static string FieldValue(string html, string name)
    {
        var match = InputPattern().Matches(html).FirstOrDefault(m => m.Groups["name"].Value == name);
        Assert.True(match is not null, $"No input named {name} in the form.");
        return WebUtility.HtmlDecode(match.Groups["value"].Value);
    }

    [GeneratedRegex("<input [^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex InputPattern();
}
