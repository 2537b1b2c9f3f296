using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Web;

/// <summary>Browser-like clients for the HTML pages: cookies kept, redirects visible, forms posted with their antiforgery token.</summary>
internal static partial class WebClients
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

    /// <summary>Loads <paramref name="formPage"/> for its antiforgery token, then posts the fields to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var html = await client.GetStringAsync(formPage);
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, $"No antiforgery field on {formPage}");
        var body = new List<KeyValuePair<string, string>>(fields) { new("__csrf", WebUtility.HtmlDecode(token.Groups[1].Value)) };
        return await client.PostAsync(action, new FormUrlEncodedContent(body));
    }

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
