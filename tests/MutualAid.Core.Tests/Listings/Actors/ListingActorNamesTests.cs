using MutualAid.Core.Listings.Actors;

namespace MutualAid.Core.Tests.Listings.Actors;

public class ListingActorNamesTests
{
    [Theory]
    [InlineData("Bail fund: Embajadores rent strike", "bail-fund-embajadores-rent-strike")]
    [InlineData("Línea jurídica 24/7", "linea-juridica-24-7")]
    [InlineData("  --Clinic__night--  ", "clinic__night")]
    [InlineData("صندوق", "listing")]
    public void Derives_a_slug_from_the_title(string title, string expected) =>
        Assert.Equal(expected, ListingActorNames.FromTitle(title));

    [Fact]
    public void A_derived_slug_is_short_enough_for_a_suffix()
    {
        var slug = ListingActorNames.FromTitle(new string('a', 30) + " " + new string('b', 40));
        Assert.True(slug.Length <= 48);
        Assert.True(ListingActorNames.IsValidSlug(slug + "-99"));
    }

    [Theory]
    [InlineData("bail-embajadores", true)]
    [InlineData("legal_line", true)]
    [InlineData("a", true)]
    [InlineData("-leading", false)]
    [InlineData("trailing-", false)]
    [InlineData("has.dot", false)]
    [InlineData("Upper", false)]
    [InlineData("", false)]
    public void Slug_rule(string slug, bool valid) => Assert.Equal(valid, ListingActorNames.IsValidSlug(slug));

    [Theory]
    [InlineData("bail-fund-embajadores-rent-strike")]
    [InlineData("clinic__night")]
    [InlineData("legal_line")]
    public void Every_valid_slug_makes_a_Mastodon_username(string slug)
    {
        Assert.True(ListingActorNames.IsValidSlug(slug));
        Assert.True(ListingActorNames.IsMastodonUsername(ListingActorNames.Username("lavapies", slug)));
    }

    [Fact]
    public void Splits_at_the_first_dot()
    {
        Assert.Equal(("lavapies", "bail-embajadores"), ListingActorNames.Split("lavapies.bail-embajadores"));
        Assert.Null(ListingActorNames.Split("lavapies"));
        Assert.Null(ListingActorNames.Split(".x"));
        Assert.Null(ListingActorNames.Split("x."));
    }
}
