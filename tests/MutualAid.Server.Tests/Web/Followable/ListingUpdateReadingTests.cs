using MutualAid.Core.Directory;

namespace MutualAid.Server.Tests.Web.Followable;

/// <summary>Reading the Note out of a stored Create, whichever of the allowed shapes it takes.</summary>
public sealed class ListingUpdateReadingTests
{
    private static readonly DateTimeOffset Stored = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_note_with_content_map_only_takes_its_language_and_a_link_object_url()
    {
        var update = ListListingUpdates.Read("""
            {"type":"Create","published":"2026-11-19T10:00:00Z","object":{"id":"https://aid.test/notes/1","type":"Note",
             "contentMap":{"es":"<p>Meta alcanzada</p>"},"url":{"type":"Link","href":"https://aid.test/@c/listings/x"}}}
            """, Stored);
        Assert.NotNull(update);
        Assert.Equal("<p>Meta alcanzada</p>", update.ContentHtml);
        Assert.Equal("es", update.Language);
        Assert.Equal("https://aid.test/@c/listings/x", update.Url);
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 10, 0, 0, TimeSpan.Zero), update.Published);
        Assert.Equal(update.Published, update.Updated);
    }

    [Fact]
    public void Content_wins_over_the_map_and_the_stored_time_stands_in_for_a_missing_date()
    {
        var update = ListListingUpdates.Read("""
            {"type":"Create","object":{"id":"n","type":"Note","content":"<p>Hi</p>","contentMap":{"en":"<p>Hi</p>"},"summary":"Hours","updated":"2026-11-21T00:00:00Z"}}
            """, Stored);
        Assert.NotNull(update);
        Assert.Equal("<p>Hi</p>", update.ContentHtml);
        Assert.Equal("en", update.Language);
        Assert.Equal("Hours", update.Summary);
        Assert.Equal(Stored, update.Published);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero), update.Updated);
        Assert.Null(update.Url);
    }

    [Theory]
    [InlineData("""{"type":"Create","object":"https://aid.test/notes/1"}""")]
    [InlineData("""{"type":"Create","object":{"id":"https://aid.test/listings/1","type":"Page","content":"x"}}""")]
    [InlineData("""{"type":"Create","object":{"type":"Note","content":"no id"}}""")]
    [InlineData("""{"type":"Delete"}""")]
    public void Anything_but_an_embedded_note_with_an_id_is_left_out(string document) => Assert.Null(ListListingUpdates.Read(document, Stored));
}
