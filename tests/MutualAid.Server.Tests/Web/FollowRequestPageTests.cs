using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Core.Accounts;
using MutualAid.Core.Collectives;
using MutualAid.Core.Federation;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Web;

/// <summary>Follow requests in the members' area: listed for admins (and operators for the instance actor), answered by CSRF-protected forms.</summary>
public sealed class FollowRequestPageTests(OperatorAppFactory factory) : IClassFixture<OperatorAppFactory>
{
    private const string OperatorEmail = OperatorAppFactory.OperatorEmail;

    [Fact]
    public async Task An_admin_approves_and_rejects_pending_follows_with_the_forms()
    {
        var admin = await factory.CreateCollectiveWithAdminAsync();
        var actor = $"https://aid.test/actors/{admin.Slug}";
        var ana = await SeedRequestAsync(actor, "ana");
        var bo = await SeedRequestAsync(actor, "bo");
        using var client = await WebClients.SignedInAsync(factory, admin);
        var page = $"/members/{admin.Slug}/follow-requests";

        var html = await client.GetStringAsync(page);
        Assert.Contains("Ana &lt;b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("@bo@social.example", html, StringComparison.Ordinal);
        Assert.Contains($"action=\"{page}/{ana}/approve\"", html, StringComparison.Ordinal);
        Assert.Contains("(2)", await client.GetStringAsync($"/members/{admin.Slug}/followers"), StringComparison.Ordinal);

        using (var forged = await client.PostAsync($"{page}/{ana}/approve", new FormUrlEncodedContent([])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        Assert.Equal(FollowState.Pending, await StateAsync(ana));
        using (var approved = await WebClients.PostFormAsync(client, page, $"{page}/{ana}/approve", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
            Assert.Equal(page, approved.Headers.Location!.OriginalString);
        }

        using (var rejected = await WebClients.PostFormAsync(client, page, $"{page}/{bo}/reject", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        }

        Assert.Equal(FollowState.Accepted, await StateAsync(ana));
        Assert.Equal(FollowState.Rejected, await StateAsync(bo));
        var answers = await factory.InDatabaseAsync(db => db.Set<DeliveryJob>().Where(j => j.Activity!.ActorIri == actor)
            .Select(j => new { j.Activity!.Type, j.InboxUrl }).OrderBy(j => j.Type).ToListAsync());
        Assert.Equal([("Accept", "https://social.example/users/ana/inbox"), ("Reject", "https://social.example/users/bo/inbox")], answers.Select(a => (a.Type, a.InboxUrl)));
        Assert.Contains("No follow requests are waiting.", await client.GetStringAsync(page), StringComparison.Ordinal);

        // A second click on a stale page: already answered.
        using var again = await WebClients.PostFormAsync(client, $"/members/{admin.Slug}", $"{page}/{ana}/reject", []);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already answered", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(FollowState.Accepted, await StateAsync(ana));
    }

    [Fact]
    public async Task Editors_cannot_see_the_requests_and_the_page_speaks_the_visitors_language()
    {
        var admin = await factory.CreateCollectiveWithAdminAsync();
        var editor = await factory.AddMemberAsync(admin.Slug, MemberRole.Editor);
        await SeedRequestAsync($"https://aid.test/actors/{admin.Slug}", "cy");
        using var editorClient = await WebClients.SignedInAsync(factory, editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editorClient.GetAsync($"/members/{admin.Slug}/follow-requests")).StatusCode);

        using var client = await WebClients.SignedInAsync(factory, admin);
        Assert.Contains("Aprobar", await client.GetStringAsync($"/members/{admin.Slug}/follow-requests?lang=es"), StringComparison.Ordinal);
        Assert.Contains("قبول", await client.GetStringAsync($"/members/{admin.Slug}/follow-requests?lang=ar"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operators_answer_the_instance_actors_follow_requests_and_others_are_refused()
    {
        var someone = await factory.CreateCollectiveWithAdminAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AddUser>().ExecuteAsync(OperatorEmail, MutualAidAppFactory.Password, someone.Slug, MemberRole.Editor, CancellationToken.None);
        }

        var request = await SeedRequestAsync("https://aid.test/actors/instance_actor", "relay");
        using var stranger = await WebClients.SignedInAsync(factory, someone);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync("/admin/follow-requests")).StatusCode);

        using var client = await WebClients.SignedInAsync(factory, new TestMember(someone.Slug, OperatorEmail, MutualAidAppFactory.Password, MemberRole.Editor));
        var html = await client.GetStringAsync("/admin/follow-requests");
        Assert.Contains("Follow requests to this server", html, StringComparison.Ordinal);
        Assert.Contains("@relay@social.example", html, StringComparison.Ordinal);
        using var approved = await WebClients.PostFormAsync(client, "/admin/follow-requests", $"/admin/follow-requests/{request}/approve", []);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(FollowState.Accepted, await StateAsync(request));
    }

    [Fact]
    public async Task The_profile_form_turns_manual_approval_on_and_off_and_follows_then_wait()
    {
        var admin = await factory.CreateCollectiveWithAdminAsync();
        using var client = await WebClients.SignedInAsync(factory, admin);
        var page = $"/members/{admin.Slug}/profile";
        using (var on = await WebClients.PostFormAsync(client, page, page, [new("name", "Manual"), new("languages", "en"), new("manuallyApprovesFollowers", "true")]))
        {
            Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        }

        Assert.True(await ManualAsync(admin.Slug));
        Assert.Contains("name=\"manuallyApprovesFollowers\" type=\"checkbox\" value=\"true\" checked", await client.GetStringAsync(page), StringComparison.Ordinal);
        using (var off = await WebClients.PostFormAsync(client, page, page, [new("name", "Manual"), new("languages", "en")]))
        {
            Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        }

        Assert.False(await ManualAsync(admin.Slug));
    }

    private Task<bool> ManualAsync(string slug) =>
        factory.InDatabaseAsync(db => db.Collectives.Where(c => c.Slug == slug).Select(c => c.ManuallyApprovesFollowers).SingleAsync());

    private Task<FollowState> StateAsync(long id) =>
        factory.InDatabaseAsync(db => db.Set<Follower>().Where(f => f.Id == id).Select(f => f.State).SingleAsync());

    private Task<long> SeedRequestAsync(string localActorIri, string username) =>
        factory.InDatabaseAsync(async db =>
        {
            var remote = await db.Set<RemoteActor>().SingleOrDefaultAsync(r => r.Username == username);
            if (remote is null)
            {
                remote = new RemoteActor
                {
                    Iri = $"https://social.example/users/{username}",
                    Username = username,
                    Domain = "social.example",
                    Name = username == "ana" ? "Ana <b>" : null,
                    InboxUrl = $"https://social.example/users/{username}/inbox",
                    FetchedAt = DateTimeOffset.UtcNow,
                };
                db.Set<RemoteActor>().Add(remote);
                await db.SaveChangesAsync();
            }

            var follower = new Follower { LocalActorIri = localActorIri, RemoteActorId = remote.Id, State = FollowState.Pending, FollowActivityIri = $"https://social.example/follows/{Guid.NewGuid():N}", CreatedAt = DateTimeOffset.UtcNow };
            db.Set<Follower>().Add(follower);
            await db.SaveChangesAsync();
            return follower.Id;
        });
}
