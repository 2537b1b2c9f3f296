using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Collectives;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Keys;

/// <summary>POST /api/v1/collectives/{slug}/keys/rotate: admins only; followers get the new key and accept the next delivery.</summary>
public sealed class KeyRotationEndpointTests : IDisposable
{
    private readonly Fediverse _fediverse = new();

    [Fact]
    public async Task An_admin_rotates_the_key_and_followers_verify_the_next_delivery_with_the_new_one()
    {
        var a = _fediverse.Add("a.test");
        var b = _fediverse.Add("b.test");
        var admin = await b.CreateCollectiveWithAdminAsync("food-bank");
        await FediverseSteps.FollowAsync(a, b, "food-bank");
        const string keyId = "https://b.test/actors/food-bank#main-key";
        var before = await a.InDatabaseAsync(db => db.ActorKeys.Where(k => k.KeyId == keyId).Select(k => k.PublicKeyPem).SingleAsync());

        using var client = await FediverseSteps.LoggedInAsync(b, admin);
        using var response = await client.PostAsync("/api/v1/collectives/food-bank/keys/rotate", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rotated = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(keyId, rotated["keyId"]!.GetValue<string>());
        var pem = rotated["publicKeyPem"]!.GetValue<string>();
        Assert.NotEqual(before, pem);

        await a.EventuallyAsync(db => db.ActorKeys.Where(k => k.KeyId == keyId).Select(k => k.PublicKeyPem).SingleAsync(), p => p == pem, "the new key on a.test");
        var id = await FediverseSteps.CreateListingAsync(client, "food-bank", ListingSamples.Offer());
        await a.EventuallyAsync(db => db.Listings.CountAsync(l => l.Origin.ObjectIri == $"https://b.test/listings/{id}"), n => n == 1, "the listing signed with the new key");
    }

    [Fact]
    public async Task Editors_and_strangers_cannot_rotate_and_unknown_collectives_are_404()
    {
        var b = _fediverse.Add("b.test");
        var admin = await b.CreateCollectiveWithAdminAsync("food-bank");
        var editor = await b.AddMemberAsync("food-bank", MemberRole.Editor);
        using var editorClient = await FediverseSteps.LoggedInAsync(b, editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editorClient.PostAsync("/api/v1/collectives/food-bank/keys/rotate", null)).StatusCode);
        using var anonymous = b.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/v1/collectives/food-bank/keys/rotate", null)).StatusCode);
        using var adminClient = await FediverseSteps.LoggedInAsync(b, admin);
        Assert.Equal(HttpStatusCode.NotFound, (await adminClient.PostAsync("/api/v1/collectives/nobody/keys/rotate", null)).StatusCode);
        Assert.Equal(0, await b.InDatabaseAsync(db => db.ActorKeys.CountAsync(k => k.RetiredAt != null)));
    }

    public void Dispose() => _fediverse.Dispose();
}
