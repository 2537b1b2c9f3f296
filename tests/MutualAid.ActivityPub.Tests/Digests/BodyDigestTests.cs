using System.Text;
using MutualAid.ActivityPub.Digests;

namespace MutualAid.ActivityPub.Tests.Digests;

public sealed class BodyDigestTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"hello\": \"world\"}");

    [Fact]
    public void Digest_values_match_the_rfc_examples()
    {
        Assert.Equal("SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=", BodyDigest.CreateDigest(Body));
        Assert.Equal("sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:", BodyDigest.CreateContentDigest(Body));
        Assert.Equal("sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:", BodyDigest.CreateContentDigest(Body, sha512: true));
    }

    [Fact]
    public void Matching_digests_pass_in_both_forms()
    {
        Assert.Equal(DigestCheck.Match, BodyDigest.CheckDigest(BodyDigest.CreateDigest(Body), Body));
        Assert.Equal(DigestCheck.Match, BodyDigest.CheckDigest("sha-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=, MD5=abc", Body));
        Assert.Equal(DigestCheck.Match, BodyDigest.CheckContentDigest(BodyDigest.CreateContentDigest(Body, sha512: true), Body));
        Assert.Equal(DigestCheck.Match, BodyDigest.CheckContentDigest(BodyDigest.CreateContentDigest(Body) + ", " + BodyDigest.CreateContentDigest(Body, true), Body));
    }

    [Fact]
    public void A_wrong_digest_is_a_mismatch()
    {
        var other = Encoding.UTF8.GetBytes("{\"hello\": \"there\"}");
        Assert.Equal(DigestCheck.Mismatch, BodyDigest.CheckDigest(BodyDigest.CreateDigest(other), Body));
        Assert.Equal(DigestCheck.Mismatch, BodyDigest.CheckContentDigest(BodyDigest.CreateContentDigest(other), Body));
        Assert.Equal(DigestCheck.Mismatch, BodyDigest.CheckContentDigest("sha-256=:not base64!:", Body));
        // One good and one bad digest is still a mismatch: every listed algorithm must hold.
        Assert.Equal(DigestCheck.Mismatch, BodyDigest.CheckContentDigest(BodyDigest.CreateContentDigest(Body) + ", " + BodyDigest.CreateContentDigest(other, true), Body));
    }

    [Fact]
    public void No_digest_or_only_unknown_algorithms_count_as_missing()
    {
        Assert.Equal(DigestCheck.Missing, BodyDigest.CheckDigest(null, Body));
        Assert.Equal(DigestCheck.Missing, BodyDigest.CheckDigest("MD5=HUXZLQLMuI/KZ5KDcJPcOA==", Body));
        Assert.Equal(DigestCheck.Missing, BodyDigest.CheckContentDigest("", Body));
        Assert.Equal(DigestCheck.Missing, BodyDigest.CheckContentDigest("md5=:HUXZLQLMuI/KZ5KDcJPcOA==:", Body));
    }
}
