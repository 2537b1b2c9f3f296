using MutualAid.ActivityPub.Fetching;

namespace MutualAid.ActivityPub.Tests.Fetching;

public sealed class RemoteFetchIdTests : RemoteFetcherFixture
{
    [Theory]
    [InlineData("""{"type":"Note"}""")]
    [InlineData("""{"id":42,"type":"Note"}""")]
    [InlineData("""{"id":"/notes/1","type":"Note"}""")]
    [InlineData("""{"id":"https://elsewhere.example/notes/1","type":"Note"}""")]
    [InlineData("""{"id":"https://remote.example:8443/notes/1","type":"Note"}""")]
    [InlineData("""{"id":"http://remote.example/notes/1","type":"Note"}""")]
    public async Task Refuses_documents_whose_id_is_missing_or_from_another_origin(string body)
    {
        Remote.OnJson(NoteId, body);

        var error = await Refused(NoteId);

        Assert.Equal(RemoteFetchFailure.IdMismatch, error.Reason);
    }

    [Fact]
    public async Task Same_origin_allows_a_different_id_on_the_same_host()
    {
        Remote.OnJson("https://remote.example/@alice/1", Note);

        var document = await Fetcher().FetchAsync(new Uri("https://remote.example/@alice/1"), CancellationToken.None);

        Assert.Equal(NoteId, document.Id.AbsoluteUri);
    }

    [Fact]
    public async Task Host_case_does_not_break_the_origin_check()
    {
        Remote.OnJson(NoteId, """{"id":"https://REMOTE.example/notes/1"}""");

        var document = await Fetcher().FetchAsync(new Uri(NoteId), CancellationToken.None);

        Assert.Equal(NoteId, document.Id.AbsoluteUri);
    }

    [Fact]
    public async Task Exact_match_requires_the_id_to_be_the_requested_url()
    {
        Remote.OnJson("https://remote.example/@alice/1", Note);
        var request = new RemoteFetchRequest(new Uri("https://remote.example/@alice/1")) { IdCheck = IdCheck.ExactMatch };

        var error = await Assert.ThrowsAsync<RemoteFetchException>(() => Fetcher().FetchAsync(request, CancellationToken.None));

        Assert.Equal(RemoteFetchFailure.IdMismatch, error.Reason);
    }

    [Fact]
    public async Task Exact_match_accepts_the_document_that_names_itself()
    {
        Remote.OnJson(NoteId, Note);
        var request = new RemoteFetchRequest(new Uri(NoteId)) { IdCheck = IdCheck.ExactMatch };

        var document = await Fetcher().FetchAsync(request, CancellationToken.None);

        Assert.Equal(NoteId, document.Id.AbsoluteUri);
    }
}
