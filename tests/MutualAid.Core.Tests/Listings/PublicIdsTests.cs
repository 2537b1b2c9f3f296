using Microsoft.Extensions.Time.Testing;
using MutualAid.Core.Listings;

namespace MutualAid.Core.Tests.Listings;

public sealed class PublicIdsTests
{
    [Fact]
    public void Ids_are_26_url_safe_characters_that_sort_by_time()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero));
        var first = PublicIds.New(time);
        time.Advance(TimeSpan.FromMilliseconds(1));
        var second = PublicIds.New(time);

        Assert.True(PublicIds.IsWellFormed(first));
        Assert.True(string.CompareOrdinal(first, second) < 0);
        Assert.NotEqual(PublicIds.New(time), PublicIds.New(time));
        Assert.False(PublicIds.IsWellFormed("01ARZ3NDEKTSV4RRFFQ69G5FAI"));
    }
}
