using System.Net;
using MutualAid.Core.Collectives;
using MutualAid.Core.Federation;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Web;

/// <summary>Followers (for editors) and reports received (for admins) from the federation tables, escaped.</summary>
public sealed class FederationPageTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    [Fact]
    public async Task Members_see_their_followers_and_admins_see_reports_about_their_collective()
    {
        var admin = await factory.CreateCollectiveWithAdminAsync();
        var editor = await factory.AddMemberAsync(admin.Slug, MemberRole.Editor);
        var other = await factory.CreateCollectiveWithAdminAsync();
        var now = DateTimeOffset.UtcNow;
        await factory.InDatabaseAsync(async db =>
        {
            var actor = new RemoteActor
            {
                Iri = "https://social.example/users/ana",
                Username = "ana",
                Domain = "social.example",
                Name = "Ana <script>",
                InboxUrl = "https://social.example/users/ana/inbox",
                ProfileUrl = "https://social.example/@ana",
                FetchedAt = now,
            };
            db.Set<RemoteActor>().Add(actor);
            await db.SaveChangesAsync();
            db.Set<Follower>().Add(new Follower { LocalActorIri = $"https://aid.test/actors/{admin.Slug}", RemoteActorId = actor.Id, State = FollowState.Accepted, FollowActivityIri = "https://social.example/follows/1", CreatedAt = now });
            db.Set<FederatedReport>().Add(new FederatedReport { ActivityIri = "https://social.example/flags/1", ReporterIri = "https://social.example/actor", TargetActorIri = $"https://aid.test/actors/{admin.Slug}", ObjectIris = "https://aid.test/listings/abc", Comment = "Spam <b>here</b>", ReceivedAt = now });
            db.Set<FederatedReport>().Add(new FederatedReport { ActivityIri = "https://social.example/flags/2", ReporterIri = "https://social.example/actor", TargetActorIri = $"https://aid.test/actors/{other.Slug}", Comment = "About someone else", ReceivedAt = now });
            return await db.SaveChangesAsync();
        });

        using var client = await WebClients.SignedInAsync(factory, admin);
        var followers = await client.GetStringAsync($"/members/{admin.Slug}/followers");
        Assert.Contains("Ana &lt;script&gt;", followers, StringComparison.Ordinal);
        Assert.Contains("@ana@social.example", followers, StringComparison.Ordinal);
        Assert.Contains("href=\"https://social.example/@ana\"", followers, StringComparison.Ordinal);

        var reports = await client.GetStringAsync($"/members/{admin.Slug}/reports");
        Assert.Contains("Spam &lt;b&gt;here&lt;/b&gt;", reports, StringComparison.Ordinal);
        Assert.Contains("https://aid.test/listings/abc", reports, StringComparison.Ordinal);
        Assert.DoesNotContain("About someone else", reports, StringComparison.Ordinal);

        using var editorClient = await WebClients.SignedInAsync(factory, editor);
        Assert.Equal(HttpStatusCode.OK, (await editorClient.GetAsync($"/members/{admin.Slug}/followers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editorClient.GetAsync($"/members/{admin.Slug}/reports")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/members/{other.Slug}/followers")).StatusCode);
    }
}
