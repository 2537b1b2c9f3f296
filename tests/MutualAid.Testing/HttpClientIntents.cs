using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace MutualAid.Testing;

public static class HttpClientIntents
{
    /// <summary>Logs in and sets the bearer token on the client; fails the test if login fails.</summary>
    public static async Task<TokenPair> LoginAsync(this HttpClient client, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Login as {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var tokens = await response.Content.ReadFromJsonAsync<TokenPair>()
            ?? throw new InvalidOperationException("The token response was empty.");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return tokens;
    }
}
