using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using MutualAid.ActivityPub.Keys;
using MutualAid.ActivityPub.Signatures;
using MutualAid.Core.Data;
using MutualAid.Core.Federation;
using MutualAid.Core.Keys;
using MutualAid.Data.Sqlite;

namespace MutualAid.Benchmarks.Federation;

/// <summary>
/// The remote actors the inbox load comes from: RSA-2048 keys made here, and the receiving database seeded
/// with their actor rows and public keys, exactly as a first fetch would have cached them (no network).
/// </summary>
internal sealed class InboxLoadSenders : IDisposable
{
    private readonly List<(string ActorIri, SigningKey Key, string PublicPem)> _actors = [];

    public InboxLoadSenders(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var actorIri = $"https://sender{i % 4}.example/users/u{i}";
            var rsa = RSA.Create(2048);
            _actors.Add((actorIri, SigningKey.FromRsa(actorIri + "#main-key", rsa), rsa.ExportSubjectPublicKeyInfoPem()));
        }
    }

    /// <summary>Signs <paramref name="count"/> distinct Follows, alternating actors and schemes (cavage and RFC 9421), on all cores.</summary>
    public async Task<SignedActivity[]> SignAsync(Uri inbox, int count, string runTag)
    {
        var signed = new SignedActivity[count];
        await Parallel.ForAsync(0, count, async (i, ct) =>
        {
            var (actorIri, key, _) = _actors[i % _actors.Count];
            var scheme = i / _actors.Count % 2 == 0 ? SignatureScheme.Cavage : SignatureScheme.Rfc9421;
            signed[i] = await SignedActivity.CreateAsync(inbox, actorIri, $"{actorIri}/follows/{runTag}-{i}", key, scheme, ct);
        });
        return signed;
    }

    /// <summary>Migrates a fresh database in <paramref name="dataDirectory"/> and caches every sender and its key in it.</summary>
    public async Task SeedAsync(string dataDirectory)
    {
        System.IO.Directory.CreateDirectory(dataDirectory);
        await using var db = Open(dataDirectory);
        await SqliteStorage.MigrateAsync(db, CancellationToken.None);
        var now = TimeProvider.System.GetUtcNow();
        var rows = _actors.Select(a => new RemoteActor
        {
            Iri = a.ActorIri,
            Domain = new Uri(a.ActorIri).Host,
            InboxUrl = a.ActorIri + "/inbox",
            SharedInboxUrl = $"https://{new Uri(a.ActorIri).Host}/inbox",
            FetchedAt = now,
        }).ToList();
        db.Set<RemoteActor>().AddRange(rows);
        await db.SaveChangesAsync();
        for (var i = 0; i < rows.Count; i++)
        {
            db.ActorKeys.Add(new ActorKey
            {
                OwnerKind = ActorKeyOwner.RemoteActor,
                OwnerId = rows[i].Id,
                KeyId = _actors[i].Key.KeyId,
                Type = ActorKeyType.Rsa,
                PublicKeyPem = _actors[i].PublicPem,
                CreatedAt = now,
            });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>How many inbox rows hold each of <paramref name="activities"/>: the load is right when every count is exactly 1.</summary>
    public static async Task<(int Rows, int Missing, int Repeated)> CountStoredAsync(string dataDirectory, IReadOnlyList<SignedActivity> activities)
    {
        await using var db = Open(dataDirectory);
        var stored = await db.Set<InboxItem>().AsNoTracking().Select(i => i.ActivityIri).ToListAsync();
        var counts = stored.GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var missing = activities.Count(a => !counts.ContainsKey(a.ActivityIri));
        var repeated = counts.Values.Count(c => c > 1);
        return (stored.Count, missing, repeated);
    }

    public void Dispose()
    {
        foreach (var (_, key, _) in _actors)
        {
            key.Dispose();
        }
    }

    private static MutualAidDbContext Open(string dataDirectory)
    {
        var builder = new DbContextOptionsBuilder<MutualAidDbContext>();
        SqliteStorage.Configure(builder, SqliteStorage.ConnectionStringFor(dataDirectory));
        return new MutualAidDbContext(builder.Options);
    }
}
