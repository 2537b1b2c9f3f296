using MutualAid.ActivityPub.WebFinger;

namespace MutualAid.ActivityPub.Tests.WebFinger;

public sealed class WebFingerResourceTests
{
    [Theory]
    [InlineData("acct:pantry@food.example")]
    [InlineData("@pantry@food.example")]
    [InlineData("pantry@food.example")]
    public void Account_resources_name_the_account(string resource)
    {
        var parsed = WebFingerResource.Parse(resource);

        Assert.True(parsed.IsAccount);
        Assert.Equal("pantry", parsed.Account.Username);
        Assert.Equal("food.example", parsed.Account.Domain);
        Assert.Null(parsed.Url);
        Assert.Equal("acct:pantry@food.example", parsed.ToString());
    }

    [Theory]
    [InlineData("https://food.example/actors/pantry")]
    [InlineData("http://food.example/@pantry")]
    public void Url_resources_keep_the_url(string resource)
    {
        var parsed = WebFingerResource.Parse(resource);

        Assert.False(parsed.IsAccount);
        Assert.Equal(resource, parsed.Url.AbsoluteUri);
        Assert.Null(parsed.Account);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("pantry")]
    [InlineData("mailto:pantry@food.example")]
    [InlineData("https://")]
    [InlineData("acct:bad name@food.example")]
    [InlineData(null)]
    public void Rejects_what_it_cannot_answer(string? resource)
    {
        Assert.False(WebFingerResource.TryParse(resource, out _));
    }
}
