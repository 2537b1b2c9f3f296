using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.ActivityPub.Keys;
using MutualAid.Core.Data;
using MutualAid.Core.Keys;

namespace MutualAid.Federation.Actors;

/// <summary>
/// The keys of our actors, created the first time an actor needs them (whichever path created the
/// collective: API, CLI or demo seed) and persisted as <see cref="ActorKey"/> rows. Creating on first
/// need, in this one place, is what guarantees every actor has keys; generation runs in its own scope so
/// it never commits a caller's half-done unit of work. Cached pairs are re-read after <see cref="CacheLifetime"/>,
/// so a rotation done by another process (<c>mutualaid key rotate</c> next to a running server) takes effect.
/// </summary>
public sealed class LocalActorKeys(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>How long a process trusts its cached keys before re-reading them from the database.</summary>
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(ActorKeyOwner, long), (LocalActorKeyPair Pair, DateTimeOffset LoadedAt)> _cache = new();
    private readonly SemaphoreSlim _creating = new(1, 1);
    private LocalActorKeyPair? _instance;
    private LocalActor? _instanceActor;

    /// <summary>The instance actor's keys once <see cref="EnsureInstanceKeysAsync"/> ran (the signing HttpClient needs them synchronously).</summary>
    public LocalActorKeyPair InstanceKeys =>
        _instance ?? throw new InvalidOperationException("The instance actor's keys are not loaded yet: call EnsureInstanceKeysAsync at startup.");

    public async Task<LocalActorKeyPair> EnsureInstanceKeysAsync(LocalActor instance, CancellationToken cancellationToken)
    {
        _instanceActor = instance;
        _instance = await GetAsync(instance, cancellationToken);
        return _instance;
    }

    /// <summary>The instance actor's keys, re-read when the cache is stale (another process may have rotated them).</summary>
    public async Task<LocalActorKeyPair> CurrentInstanceKeysAsync(CancellationToken cancellationToken)
    {
        if (_instanceActor is not { } actor)
        {
            return InstanceKeys;
        }

        _instance = await GetAsync(actor, cancellationToken);
        return _instance;
    }

    public async Task<LocalActorKeyPair> GetAsync(LocalActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var cacheKey = (actor.KeyOwner, actor.OwnerId);
        if (_cache.TryGetValue(cacheKey, out var cached) && cached.Pair.Rsa.KeyId.StartsWith(actor.Iri, StringComparison.Ordinal)
            && time.GetUtcNow() - cached.LoadedAt < CacheLifetime)
        {
            return cached.Pair;
        }

        await _creating.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MutualAidDbContext>();
            var rows = await CurrentRowsAsync(db, actor, cancellationToken);
            if (rows.Rsa is null || rows.Ed25519 is null)
            {
                var set = new ActorKeyGenerator(time).CreateKeySet(actor.Iri);
                rows = (rows.Rsa ?? Add(db, actor, set.Rsa), rows.Ed25519 ?? Add(db, actor, set.Ed25519));
                await db.SaveChangesAsync(cancellationToken);
            }

            var pair = ToPair(rows.Rsa!, rows.Ed25519!);
            _cache[cacheKey] = (pair, time.GetUtcNow());
            return pair;
        }
        finally
        {
            _creating.Release();
        }
    }

    /// <summary>Replaces the actor's RSA key (a suspected leak); the old row is retired, its private part dropped.</summary>
    public async Task<LocalActorKeyPair> RotateRsaAsync(LocalActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await GetAsync(actor, cancellationToken);
        await _creating.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MutualAidDbContext>();
            var now = time.GetUtcNow();
            var old = await db.ActorKeys.SingleAsync(
                k => k.OwnerKind == actor.KeyOwner && k.OwnerId == actor.OwnerId && k.Type == ActorKeyType.Rsa && k.RetiredAt == null, cancellationToken);
            // Mastodon keeps '#main-key' across rotations, and receivers refetch on failure; the retired row keeps
            // a suffixed id because key ids are unique; the row id keeps two rotations in one second apart.
            old.KeyId = $"{old.KeyId}-retired-{old.Id}";
            old.RetiredAt = now;
            old.PrivateKeyPem = null;
            await db.SaveChangesAsync(cancellationToken);
            var fresh = Add(db, actor, new ActorKeyGenerator(time).CreateRsa(actor.MainKeyId));
            await db.SaveChangesAsync(cancellationToken);
            var ed = await db.ActorKeys.SingleAsync(
                k => k.OwnerKind == actor.KeyOwner && k.OwnerId == actor.OwnerId && k.Type == ActorKeyType.Ed25519 && k.RetiredAt == null, cancellationToken);
            var pair = ToPair(fresh, ed);
            _cache[(actor.KeyOwner, actor.OwnerId)] = (pair, time.GetUtcNow());
            if (actor.Kind == LocalActorKind.Instance)
            {
                _instance = pair;
            }

            return pair;
        }
        finally
        {
            _creating.Release();
        }
    }

    private static async Task<(ActorKey? Rsa, ActorKey? Ed25519)> CurrentRowsAsync(MutualAidDbContext db, LocalActor actor, CancellationToken cancellationToken)
    {
        var rows = await db.ActorKeys
            .Where(k => k.OwnerKind == actor.KeyOwner && k.OwnerId == actor.OwnerId && k.RetiredAt == null && k.PrivateKeyPem != null)
            .ToListAsync(cancellationToken);
        return (rows.FirstOrDefault(k => k.Type == ActorKeyType.Rsa), rows.FirstOrDefault(k => k.Type == ActorKeyType.Ed25519));
    }

    private static ActorKey Add(MutualAidDbContext db, LocalActor actor, ActorKeyRecord record)
    {
        var row = new ActorKey
        {
            OwnerKind = actor.KeyOwner,
            OwnerId = actor.OwnerId,
            KeyId = record.KeyId,
            Type = record.Type == KeyType.Rsa ? ActorKeyType.Rsa : ActorKeyType.Ed25519,
            PublicKeyPem = record.PublicKeyPem,
            PrivateKeyPem = record.PrivateKeyPem,
            CreatedAt = record.Created,
        };
        db.ActorKeys.Add(row);
        return row;
    }

    private static LocalActorKeyPair ToPair(ActorKey rsa, ActorKey ed)
    {
        var rsaRecord = new ActorKeyRecord(rsa.KeyId, KeyType.Rsa, rsa.PublicKeyPem, rsa.PrivateKeyPem, rsa.CreatedAt, null);
        var edRecord = new ActorKeyRecord(ed.KeyId, KeyType.Ed25519, ed.PublicKeyPem, ed.PrivateKeyPem, ed.CreatedAt, null);
        return new LocalActorKeyPair(rsaRecord, edRecord, rsaRecord.ToSigningKey(), edRecord.ToSigningKey());
    }
}
