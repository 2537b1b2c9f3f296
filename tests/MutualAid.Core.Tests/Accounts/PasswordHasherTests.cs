using MutualAid.Core.Accounts;

namespace MutualAid.Core.Tests.Accounts;

public sealed class PasswordHasherTests
{
    private readonly PasswordHasher _hasher = new(memoryKib: 1024, passes: 1);

    [Fact]
    public void A_hash_verifies_its_password_and_nothing_else()
    {
        var hash = _hasher.Hash("solidarity forever 1912");

        Assert.StartsWith("$argon2id$v=19$m=1024,t=1,p=1$", hash, StringComparison.Ordinal);
        Assert.True(_hasher.Verify("solidarity forever 1912", hash));
        Assert.False(_hasher.Verify("solidarity forever 1913", hash));
    }

    [Fact]
    public void Each_hash_has_its_own_salt() =>
        Assert.NotEqual(_hasher.Hash("same password"), _hasher.Hash("same password"));

    [Fact]
    public void Hashes_made_with_other_parameters_still_verify()
    {
        var stronger = new PasswordHasher(memoryKib: 2048, passes: 2).Hash("raise the cost later");
        Assert.True(_hasher.Verify("raise the cost later", stronger));
    }

    [Fact]
    public void A_foreign_hash_format_is_refused() =>
        Assert.Throws<FormatException>(() => _hasher.Verify("x", "$2b$10$abcdefghijklmnopqrstuv"));
}
