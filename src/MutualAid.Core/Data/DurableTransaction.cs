using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MutualAid.Core.Data;

/// <summary>
/// The transaction of a group commit (inbox activities, delivery results): one commit stands for many requests that
/// were each promised "on disk", so it must survive power loss, not only a crash of the process.
/// </summary>
public static class DurableTransaction
{
    public static async Task<IDbContextTransaction> BeginDurableTransactionAsync(this MutualAidDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (db.Database.ProviderName == MutualAidDbContext.SqliteProviderName)
        {
            // Per connection: NORMAL (WAL's usual setting) would let a committed frame be lost on power loss.
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=FULL;", cancellationToken);
        }

        // On SQLite this is BEGIN IMMEDIATE: the write lock is held from the first read to the commit.
        return await db.Database.BeginTransactionAsync(cancellationToken);
    }
}
