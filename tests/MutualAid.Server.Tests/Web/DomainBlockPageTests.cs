using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Core.Accounts;
using MutualAid.Core.Collectives;
using MutualAid.Core.Federation;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Web;

/// <summary>The operators' page of blocked servers: block with a reason, see it, lift it; all by CSRF-protected forms.</summary>
public sealed class DomainBlockPageTests(OperatorAppFactory factory) : IClassFixture<OperatorAppFactory>
{
    private const string OperatorEmail = OperatorAppFactory.OperatorEmail;
    private const string Page = "/admin/domain-blocks";

    [Fact]
    public async Task An_operator_blocks_a_server_which_loses_its_followers_here_and_lifts_the_block()
    {
        var admin = await factory.CreateCollectiveWithAdminAsync();
        await AddOperatorAsync(admin.Slug);
        await SeedFollowerAsync($"https://aid.test/actors/{admin.Slug}", "scam.example");
        await SeedFollowerAsync($"https://aid.test/actors/{admin.Slug}", "friends.example");
        using var client = await WebClients.SignedInAsync(factory, new TestMember(admin.Slug, OperatorEmail, MutualAidAppFactory.Password, MemberRole.Editor));
        Assert.Contains("No server is blocked.", await client.GetStringAsync(Page), StringComparison.Ordinal);

        using (var forged = await client.PostAsync(Page, new FormUrlEncodedContent([new("domain", "scam.example")])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        using (var invalid = await WebClients.PostFormAsync(client, Page, Page, [new("domain", "not a host!"), new("reason", "typo")]))
        {
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
            var html = await invalid.Content.ReadAsStringAsync();
            Assert.Contains("Enter a host name such as spam.example.", html, StringComparison.Ordinal);
            Assert.Contains("value=\"not a host!\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(0, await factory.InDatabaseAsync(db => db.Set<DomainBlock>().CountAsync()));
        using (var blocked = await WebClients.PostFormAsync(client, Page, Page, [new("domain", " Scam.Example "), new("reason", "fake <b>bail</b> fund")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
            Assert.Equal(Page + "?blocked=scam.example", blocked.Headers.Location!.OriginalString);
        }

        var list = await client.GetStringAsync(Page + "?blocked=scam.example");
        Assert.Contains("scam.example is blocked.", list, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\" dir=\"ltr\">scam.example</th>", list, StringComparison.Ordinal);
        Assert.Contains("fake &lt;b&gt;bail&lt;/b&gt; fund", list, StringComparison.Ordinal);
        Assert.Equal(["friends.example"], await factory.InDatabaseAsync(db => db.Set<Follower>().Where(f => f.LocalActorIri == $"https://aid.test/actors/{admin.Slug}").Select(f => f.RemoteActor!.Domain).ToListAsync()));

        using (var lifted = await WebClients.PostFormAsync(client, Page, $"{Page}/scam.example/lift", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
            Assert.Equal(Page + "?lifted=scam.example", lifted.Headers.Location!.OriginalString);
        }

        Assert.Equal(0, await factory.InDatabaseAsync(db => db.Set<DomainBlock>().CountAsync()));
        Assert.Contains("The block on scam.example is lifted.", await client.GetStringAsync(Page + "?lifted=scam.example"), StringComparison.Ordinal);
        using var missing = await WebClients.PostFormAsync(client, Page, $"{Page}/scam.example/lift", []);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Only_operators_see_the_page_and_it_speaks_the_visitors_language()
    {
        var admin = await factory.CreateCollectiveWithAdminAsync();
        using var anonymous = WebClients.Browser(factory);
        using (var redirected = await anonymous.GetAsync(Page))
        {
            Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
            Assert.StartsWith("/signin", redirected.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using var member = await WebClients.SignedInAsync(factory, admin);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await WebClients.PostFormAsync(member, $"/members/{admin.Slug}", Page, [new("domain", "friends.example")])).StatusCode);
        Assert.Equal(0, await factory.InDatabaseAsync(db => db.Set<DomainBlock>().CountAsync()));

        await AddOperatorAsync(admin.Slug);
        using var client = await WebClients.SignedInAsync(factory, new TestMember(admin.Slug, OperatorEmail, MutualAidAppFactory.Password, MemberRole.Editor));
        Assert.Contains("Servidores bloqueados", await client.GetStringAsync(Page + "?lang=es"), StringComparison.Ordinal);
        Assert.Contains("الخوادم المحظورة", await client.GetStringAsync(Page + "?lang=ar"), StringComparison.Ordinal);
        Assert.Contains($"href=\"{Page}\"", await client.GetStringAsync("/directory/instances"), StringComparison.Ordinal);
    }

    private async Task AddOperatorAsync(string slug)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AddUser>().ExecuteAsync(OperatorEmail, MutualAidAppFactory.Password, slug, MemberRole.Editor, CancellationToken.None);
    }

    private Task<int> SeedFollowerAsync(string localActorIri, string domain) =>
        factory.InDatabaseAsync(async db =>
        {
            var remote = new RemoteActor { Iri = $"https://{domain}/users/{Guid.NewGuid():N}", Username = "someone", Domain = domain, InboxUrl = $"https://{domain}/inbox", FetchedAt = DateTimeOffset.UtcNow };
            db.Set<Follower>().Add(new Follower { LocalActorIri = localActorIri, RemoteActor = remote, State = FollowState.Accepted, FollowActivityIri = $"https://{domain}/follows/{Guid.NewGuid():N}", CreatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });
}
