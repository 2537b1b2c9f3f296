using MutualAid.ActivityPub.WebFinger;

namespace MutualAid.ActivityPub.Tests.WebFinger;

public sealed class AccountHandleTests
{
    [Theory]
    [InlineData("acct:alice@example.org")]
    [InlineData("ACCT:alice@example.org")]
    [InlineData("@alice@example.org")]
    [InlineData("alice@example.org")]
    [InlineData("  alice@Example.ORG ")]
    [InlineData("acct:alice%40example.org")]
    public void Parses_every_spelling_of_a_handle(string text)
    {
        var handle = AccountHandle.Parse(text);

        Assert.Equal("alice", handle.Username);
        Assert.Equal("example.org", handle.Domain);
        Assert.Equal("acct:alice@example.org", handle.AcctUri);
        Assert.Equal("alice@example.org", handle.ToString());
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("a_b")]
    [InlineData("Alice_99")]
    [InlineData("food.bank")]
    [InlineData("food-bank")]
    [InlineData("a.-b")]
    [InlineData("_")]
    public void Accepts_Mastodon_usernames(string username)
    {
        Assert.True(AccountHandle.IsValidUsername(username));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".alice")]
    [InlineData("alice.")]
    [InlineData("-alice")]
    [InlineData("alice-")]
    [InlineData("al ice")]
    [InlineData("alïce")]
    [InlineData("alice\n")]
    [InlineData("al+ice")]
    [InlineData(null)]
    public void Rejects_usernames_Mastodon_rejects(string? username)
    {
        Assert.False(AccountHandle.IsValidUsername(username));
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("@alice")]
    [InlineData("alice@")]
    [InlineData("@example.org")]
    [InlineData("alice@bob@example.org")]
    [InlineData("al ice@example.org")]
    [InlineData("alice@exa mple.org")]
    [InlineData("alice@example.org:0")]
    [InlineData("alice@example.org:70000")]
    [InlineData("alice@example.org:http")]
    [InlineData("alice@::1")]
    [InlineData("")]
    public void Refuses_malformed_handles(string text)
    {
        Assert.False(AccountHandle.TryParse(text, out _));
        Assert.Throws<FormatException>(() => AccountHandle.Parse(text));
    }

    [Fact]
    public void Usernames_compare_case_insensitively()
    {
        var upper = AccountHandle.Parse("@Alice@Example.org");
        var lower = AccountHandle.Parse("alice@example.org");

        Assert.Equal(lower, upper);
        Assert.Equal(lower.GetHashCode(), upper.GetHashCode());
        Assert.Equal("Alice", upper.Username);
        Assert.NotEqual(lower, AccountHandle.Parse("alice@example.net"));
        Assert.NotEqual(lower, AccountHandle.Parse("alice@example.org:8443"));
    }

    [Theory]
    [InlineData("Example.ORG", "example.org")]
    [InlineData("example.org.", "example.org")]
    [InlineData("bücher.example", "xn--bcher-kva.example")]
    [InlineData("BÜCHER.example:8443", "xn--bcher-kva.example:8443")]
    [InlineData("localhost:5001", "localhost:5001")]
    [InlineData("127.0.0.1:8080", "127.0.0.1:8080")]
    [InlineData("[::1]:8080", "[::1]:8080")]
    [InlineData("[FE80::1]", "[fe80::1]")]
    public void Normalizes_domains(string domain, string expected)
    {
        Assert.Equal(expected, DomainName.Normalize(domain));
        Assert.Equal(expected, AccountHandle.Create("alice", domain).Domain);
    }

    [Theory]
    [InlineData("https://Example.org/users/alice", "example.org")]
    [InlineData("https://example.org:443/users/alice", "example.org")]
    [InlineData("https://example.org:8443/users/alice", "example.org:8443")]
    [InlineData("http://127.0.0.1:5001/users/alice", "127.0.0.1:5001")]
    [InlineData("https://bücher.example/users/alice", "xn--bcher-kva.example")]
    public void Takes_the_domain_of_an_actor_url(string url, string expected)
    {
        Assert.Equal(expected, DomainName.FromUri(new Uri(url)));
    }

    [Fact]
    public void Create_refuses_an_invalid_username()
    {
        Assert.Throws<FormatException>(() => AccountHandle.Create("bad name", "example.org"));
        Assert.Throws<FormatException>(() => AccountHandle.Create("alice", "exa mple"));
    }

    [Theory]
    [InlineData("Food.Example", true)]
    [InlineData("food.example.", true)]
    [InlineData("food.example:443", false)]
    [InlineData("other.example", false)]
    [InlineData("not a domain", false)]
    public void Knows_which_domain_it_belongs_to(string domain, bool expected)
    {
        Assert.Equal(expected, AccountHandle.Parse("acct:pantry@food.example").IsOn(domain));
    }
}
