using MutualAid.ActivityPub.Keys;
using MutualAid.Core.Collectives;
using MutualAid.Federation.Actors;
using MutualAid.Federation.Conversion;

namespace MutualAid.Federation.Tests.Conversion;

/// <summary>A collective's profile fields are named in its first language, as Mastodon shows them.</summary>
public class CollectiveActorFieldsTests
{
    private static readonly FederationUris Uris = new("b.test");

    [Theory]
    [InlineData("en", new[] { "Web", "Front gate", "Languages", "Area" })]
    [InlineData("es", new[] { "Web", "Primer contacto", "Idiomas", "Zona" })]
    [InlineData("ar", new[] { "الموقع", "نقطة التواصل الأولى", "اللغات", "المنطقة" })]
    [InlineData("de", new[] { "Web", "Front gate", "Languages", "Area" })]
    public void Field_names_follow_the_collective_s_first_language(string language, string[] names)
    {
        var document = DomainToAs.Actor(Actor(language), Keys(), Uris, "Aid", DateTimeOffset.UnixEpoch);
        Assert.Equal(names, document["attachment"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()));
        // The values and the structured twins stay as written, whatever the language.
        Assert.Equal("Signal +34 600 000 000", document["frontGate"]!["name"]!.GetValue<string>());
        Assert.Equal(language, document["knowsLanguage"]![0]!.GetValue<string>());
    }

    private static LocalActor Actor(string language)
    {
        var collective = new Collective
        {
            Id = 1, Slug = "tenants", Name = "Tenants", Website = "https://tenants.example/", FrontGateContact = "Signal +34 600 000 000",
            Languages = [language, "en"], AreaServed = "Lavapiés",
        };
        return new LocalActor(LocalActorKind.Collective, collective.Id, collective.Slug, Uris.Actor(collective.Slug), collective);
    }

    private static LocalActorKeyPair Keys()
    {
        var set = new ActorKeyGenerator(TimeProvider.System).CreateKeySet("https://b.test/actors/tenants");
        return new LocalActorKeyPair(set.Rsa, set.Ed25519, set.Rsa.ToSigningKey(), set.Ed25519.ToSigningKey());
    }
}
