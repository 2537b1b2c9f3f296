using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MutualAid.Server.Auth;
using MutualAid.Server.Tests.Api;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Auth;

public sealed class AuthTests(MutualAidAppFactory factory) : IClassFixture<MutualAidAppFactory>
{
    [Fact]
    public async Task Login_returns_a_bearer_token_that_works_and_a_refresh_token_stored_only_as_a_hash()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = factory.CreateClient();

        var tokens = await client.LoginAsync(member.Email.ToUpperInvariant(), member.Password);
        using var post = await client.PostAsJsonAsync($"/api/v1/collectives/{member.Slug}/listings", ListingSamples.Offer());

        Assert.Equal("Bearer", tokens.TokenType);
        Assert.Equal(15 * 60, tokens.ExpiresIn);
        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        var hashes = await factory.InDatabaseAsync(db => db.RefreshTokens.Select(t => t.TokenHash).ToListAsync());
        Assert.DoesNotContain(tokens.RefreshToken, hashes);
        Assert.Equal(64, hashes[^1].Length);
    }

    [Fact]
    public async Task Wrong_passwords_and_unknown_emails_are_401_problems()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = factory.CreateClient();

        using var wrong = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = member.Email, password = "not the password" });
        using var unknown = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "nobody@nowhere.test", password = "whatever it is" });
        using var empty = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "" });

        await wrong.AssertProblemAsync(HttpStatusCode.Unauthorized);
        await unknown.AssertProblemAsync(HttpStatusCode.Unauthorized);
        await Api.ProblemAssertions.AssertValidationProblemAsync(empty, "email", "password");
    }

    [Fact]
    public async Task Refresh_rotates_and_a_replayed_refresh_token_revokes_the_family()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = factory.CreateClient();
        var first = await client.LoginAsync(member.Email, member.Password);

        using var rotated = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = first.RefreshToken });
        var second = (await rotated.Content.ReadFromJsonAsync<TokenPair>())!;
        using var replay = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = first.RefreshToken });
        using var afterReplay = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = second.RefreshToken });

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.False(string.IsNullOrEmpty(second.AccessToken));
        await replay.AssertProblemAsync(HttpStatusCode.Unauthorized);
        // The thief's replay burned the legitimate successor too: both sides must log in again.
        await afterReplay.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Repeated_failed_logins_for_an_account_are_throttled_with_429()
    {
        var member = await factory.CreateCollectiveWithAdminAsync();
        using var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = member.Email, password = $"wrong guess {i}" });
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        // Even the right password is refused while the account is throttled.
        using var blocked = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = member.Email, password = member.Password });

        await blocked.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(blocked.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public void The_signing_key_is_generated_in_the_data_directory_readable_only_by_its_owner()
    {
        var path = Path.Combine(factory.DataDirectory, "secrets", SigningKeyStore.FileName);
        using var client = factory.CreateClient();

        Assert.True(File.Exists(path));
        Assert.True(Convert.FromBase64String(File.ReadAllText(path)).Length >= 32);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public async Task Unknown_json_properties_in_login_are_refused()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "a@b.test", password = "x", remember = true });
        var errors = await Api.ProblemAssertions.AssertValidationProblemAsync(response);
        Assert.Contains("remember", errors.ToString(), StringComparison.Ordinal);
    }
}
