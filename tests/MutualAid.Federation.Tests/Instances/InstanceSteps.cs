using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Core.Accounts;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Instances;
using MutualAid.Federation.Publishing;
using MutualAid.Testing;
using MutualAid.Testing.Fediverse;

namespace MutualAid.Federation.Tests.Instances;

/// <summary>Intent methods of the discovery and instance-watch tests.</summary>
internal static class InstanceSteps
{
    /// <summary>Keeps the background watch from starting a round while a test runs rounds itself.</summary>
    public static readonly KeyValuePair<string, string> NoBackgroundWatch = new("MutualAid:Federation:Instances:FirstCheckDelay", "30.00:00:00");

    public static async Task<InstanceWatchReport> WatchOnceAsync(FediverseInstance instance)
    {
        await using var scope = instance.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WatchKnownInstances>().RunOnceAsync(CancellationToken.None);
    }

    /// <summary>A local collective of <paramref name="follower"/> follows a remote actor.</summary>
    public static async Task CollectiveFollowsAsync(FediverseInstance follower, string slug, string remoteActor)
    {
        await using var scope = follower.Services.CreateAsyncScope();
        var actor = await scope.ServiceProvider.GetRequiredService<LocalActorDirectory>().FindByUsernameAsync(slug, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<FollowRemoteActor>().ExecuteAsync(remoteActor, actor, CancellationToken.None);
    }

    public static async Task<TestMember> AddUserAsync(FediverseInstance instance, string email, string slug)
    {
        await using var scope = instance.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AddUser>().ExecuteAsync(email, MutualAidAppFactory.Password, slug, Core.Collectives.MemberRole.Admin, CancellationToken.None);
        return new TestMember(slug, email, MutualAidAppFactory.Password, Core.Collectives.MemberRole.Admin);
    }

    /// <summary>A browser-like client on the instance's own origin: cookies kept, redirects visible.</summary>
    public static HttpClient Browser(FediverseInstance instance) =>
        instance.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(instance.Base) });

    public static async Task<HttpClient> SignedInAsync(FediverseInstance instance, TestMember member)
    {
        var client = Browser(instance);
        using var response = await PostFormAsync(client, "/signin", "/signin", [new("email", member.Email), new("password", member.Password), new("returnUrl", "/members")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields) =>
        WebForms.PostAsync(client, formPage, action, fields);
}
