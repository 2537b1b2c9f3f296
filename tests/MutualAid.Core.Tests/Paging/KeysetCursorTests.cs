using System.Buffers.Text;
using System.Text;
using MutualAid.Core.Directory;
using MutualAid.Core.Paging;
using MutualAid.Core.Validation;

namespace MutualAid.Core.Tests.Paging;

public sealed class KeysetCursorTests
{
    [Fact]
    public void A_cursor_comes_back_as_encoded_with_its_direction()
    {
        var forward = new KeysetCursor(false, ["b.example"]).Encode("i");
        var back = new KeysetCursor(true, ["1", "638000000000000000", "42"]).Encode("rc");

        Assert.Equal(new KeysetCursor(false, ["b.example"]).Key, KeysetCursor.Decode("i", forward, 1)!.Key);
        Assert.False(KeysetCursor.Decode("i", forward, 1)!.Backward);
        var decoded = KeysetCursor.Decode("rc", back, 3)!;
        Assert.True(decoded.Backward);
        Assert.Equal(["1", "638000000000000000", "42"], decoded.Key);
    }

    [Theory]
    [InlineData("not base64 !")]
    [InlineData("")]
    [InlineData("bm9wZQ")]
    public void Text_that_is_no_cursor_is_refused(string cursor) => Assert.Null(KeysetCursor.Decode("i", cursor, 1));

    [Fact]
    public void A_cursor_of_another_list_or_shape_is_refused()
    {
        var instances = new KeysetCursor(false, ["b.example"]).Encode("i");
        Assert.Null(KeysetCursor.Decode("rc", instances, 1));
        Assert.Null(KeysetCursor.Decode("i", instances, 3));
        Assert.Null(KeysetCursor.Decode("i", DirectoryCursor.Encode(20), 1));
        Assert.Null(KeysetCursor.Decode("i", Base64Url.EncodeToString(Encoding.UTF8.GetBytes("i:x\nb.example")), 1));
        Assert.Null(KeysetCursor.Decode("i", Base64Url.EncodeToString(Encoding.UTF8.GetBytes("i:a\n")), 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void A_page_size_out_of_range_fails_validation(int limit)
    {
        var failed = Assert.Throws<ValidationFailedException>(() => new PageRequest(limit).Check("i", 1));
        Assert.Equal("between", failed.Messages["limit"].Single().Code);
    }

    [Fact]
    public void A_bad_cursor_fails_validation_and_none_is_the_first_page()
    {
        var failed = Assert.Throws<ValidationFailedException>(() => new PageRequest(20, "bm9wZQ").Check("i", 1));
        Assert.Equal("cursorInvalid", failed.Messages["cursor"].Single().Code);
        Assert.Null(new PageRequest().Check("i", 1));
    }

    [Fact]
    public void A_page_read_backwards_is_put_back_in_list_order_with_links_both_ways()
    {
        var cursor = new KeysetCursor(true, ["m"]);
        var page = KeysetPage<string>.Cut(["l", "k", "j"], 2, cursor, "i", s => [s]);
        Assert.Equal(["k", "l"], page.Items);
        Assert.Equal(["k"], KeysetCursor.Decode("i", page.PreviousCursor!, 1)!.Key);
        Assert.Equal(["l"], KeysetCursor.Decode("i", page.NextCursor!, 1)!.Key);

        var first = KeysetPage<string>.Cut(["a", "b"], 2, null, "i", s => [s]);
        Assert.Null(first.NextCursor);
        Assert.Null(first.PreviousCursor);
    }
}
