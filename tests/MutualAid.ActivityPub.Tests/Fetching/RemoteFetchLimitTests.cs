using System.Net;
using System.Text;
using MutualAid.ActivityPub.Fetching;

namespace MutualAid.ActivityPub.Tests.Fetching;

public sealed class RemoteFetchLimitTests : RemoteFetcherFixture
{
    [Fact]
    public async Task Refuses_a_body_whose_declared_length_is_over_the_limit()
    {
        Options.MaxBytes = 64;
        var endless = new EndlessStream();
        Remote.On(NoteId, (_, _) =>
        {
            var content = new StreamContent(endless);
            content.Headers.ContentType = new("application/activity+json");
            content.Headers.ContentLength = 65;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        });

        var error = await Refused(NoteId);

        Assert.Equal(RemoteFetchFailure.TooLarge, error.Reason);
        Assert.Equal(0, endless.BytesServed);
    }

    [Fact]
    public async Task Stops_reading_an_undeclared_body_at_the_limit()
    {
        Options.MaxBytes = 100_000;
        var endless = new EndlessStream();
        Remote.On(NoteId, (_, _) =>
        {
            var content = new StreamContent(endless);
            content.Headers.ContentType = new("application/activity+json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        });

        var error = await Refused(NoteId);

        Assert.Equal(RemoteFetchFailure.TooLarge, error.Reason);
        Assert.InRange(endless.BytesServed, 100_001, 200_000);
    }

    [Fact]
    public async Task A_body_exactly_at_the_limit_is_accepted()
    {
        Options.MaxBytes = Encoding.UTF8.GetByteCount(Note);
        Remote.OnJson(NoteId, Note);

        var document = await Fetcher().FetchAsync(new Uri(NoteId), CancellationToken.None);

        Assert.Equal(NoteId, document.Id.AbsoluteUri);
    }

    [Fact]
    public async Task ARemote_slower_than_theTimeout_fails_withTimeout()
    {
        Options.Timeout = TimeSpan.FromSeconds(10);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Remote.On(NoteId, async (_, ct) =>
        {
            arrived.SetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            return StubRemoteServer.Json(Note, "application/activity+json");
        });

        var fetch = Fetcher().FetchAsync(new Uri(NoteId), CancellationToken.None);
        await arrived.Task;
        Time.Advance(TimeSpan.FromSeconds(9));
        Assert.False(fetch.IsCompleted);
        Time.Advance(TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<RemoteFetchException>(() => fetch);

        Assert.Equal(RemoteFetchFailure.Timeout, error.Reason);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_reported_as_aTimeout()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Remote.On(NoteId, async (_, ct) =>
        {
            arrived.SetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            return StubRemoteServer.Json(Note, "application/activity+json");
        });
        using var caller = new CancellationTokenSource();

        var fetch = Fetcher().FetchAsync(new Uri(NoteId), caller.Token);
        await arrived.Task;
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch);
    }
}
