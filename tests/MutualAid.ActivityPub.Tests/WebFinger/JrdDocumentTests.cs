using System.Text;
using MutualAid.ActivityPub.WebFinger;

namespace MutualAid.ActivityPub.Tests.WebFinger;

public sealed class JrdDocumentTests
{
    [Fact]
    public void Our_answer_has_the_shape_Mastodon_sends()
    {
        var answer = WebFingerAnswer.ForActor(
            AccountHandle.Create("pantry", "Food.Example"),
            new Uri("https://food.example/actors/pantry"),
            new Uri("https://food.example/@pantry"));

        Assert.Equal(
            """{"subject":"acct:pantry@food.example","aliases":["https://food.example/actors/pantry","https://food.example/@pantry"],"links":[{"rel":"http://webfinger.net/rel/profile-page","type":"text/html","href":"https://food.example/@pantry"},{"rel":"self","type":"application/activity+json","href":"https://food.example/actors/pantry"},{"rel":"http://ostatus.org/schema/1.0/subscribe","template":"https://food.example/authorize_interaction?uri={uri}"}]}""",
            answer.ToJson());
        Assert.Equal(answer.ToJson(), Encoding.UTF8.GetString(answer.ToUtf8Json()));
    }

    [Fact]
    public void Parses_answers_with_members_it_does_not_know()
    {
        var json = """
            {
              "subject": "acct:Gargron@mastodon.social",
              "aliases": ["https://mastodon.social/@Gargron", "https://mastodon.social/users/Gargron"],
              "properties": {"http://schema.org/name": "Eugen", "http://example.org/empty": null},
              "links": [
                {"rel": "http://webfinger.net/rel/profile-page", "type": "text/html", "href": "https://mastodon.social/@Gargron"},
                {"rel": "self", "type": "application/activity+json", "href": "https://mastodon.social/users/Gargron", "titles": {"en": "Eugen"}},
                {"rel": "http://ostatus.org/schema/1.0/subscribe", "template": "https://mastodon.social/authorize_interaction?uri={uri}"},
                {"rel": "http://webfinger.net/rel/avatar", "type": "image/png", "href": "https://files.example/a.png", "extra": [1, 2]}
              ],
              "expires": "2030-01-01T00:00:00Z"
            }
            """;

        var document = JrdDocument.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Equal("acct:Gargron@mastodon.social", document.Subject);
        Assert.Equal(2, document.Aliases!.Count);
        Assert.Equal("Eugen", document.Properties!["http://schema.org/name"]);
        Assert.Null(document.Properties["http://example.org/empty"]);
        Assert.Equal(4, document.Links!.Count);
        Assert.Equal("https://mastodon.social/users/Gargron", document.FindLink("self")!.Href);
        Assert.Equal("Eugen", document.FindLink("self")!.Titles!["en"]);
        Assert.Equal("https://mastodon.social/authorize_interaction?uri={uri}", document.FindLink(WebFingerRel.Subscribe)!.Template);
        Assert.Null(document.FindLink("self", link => link.Type == "text/html"));
    }

    [Theory]
    [InlineData("{\"subject\": ")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("{\"links\": \"self\"}")]
    public void Malformed_answers_are_typed_failures(string json)
    {
        var error = Assert.Throws<WebFingerException>(() => JrdDocument.Parse(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(WebFingerFailure.InvalidDocument, error.Reason);
    }
}
