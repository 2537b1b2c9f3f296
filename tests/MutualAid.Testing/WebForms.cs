using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace MutualAid.Testing;

/// <summary>Posts a server-rendered form the way a browser does: with the antiforgery token of the page it came from.</summary>
public static partial class WebForms
{
    /// <summary>Loads <paramref name="formPage"/> for its antiforgery token, then posts the fields to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(formPage);
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, $"No antiforgery field on {formPage}");
        var body = new List<KeyValuePair<string, string>>(fields) { new("__csrf", WebUtility.HtmlDecode(token.Groups[1].Value)) };
        return await client.PostAsync(action, new FormUrlEncodedContent(body));
    }

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
