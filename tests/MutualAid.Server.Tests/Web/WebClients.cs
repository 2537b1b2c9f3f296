using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Web;

/// <summary>Browser-like clients for the HTML pages: cookies kept, redirects visible, forms posted with their antiforgery token.</summary>
internal static class WebClients
{
    public static HttpClient Browser(MutualAidAppFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> SignedInAsync(MutualAidAppFactory factory, TestMember member)
    {
        var client = Browser(factory);
        using var response = await PostFormAsync(client, "/signin", "/signin", new Dictionary<string, string> { ["email"] = member.Email, ["password"] = member.Password, ["returnUrl"] = "/members" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields) =>
        WebForms.PostAsync(client, formPage, action, fields);
}
