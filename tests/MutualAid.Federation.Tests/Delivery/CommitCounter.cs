using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MutualAid.Federation.Tests.Delivery;

/// <summary>Counts committed transactions (each a durable commit, an fsync on SQLite), explicit or SaveChanges' own.</summary>
internal sealed class CommitCounter : DbTransactionInterceptor
{
    private int _commits;

    public int Commits => Volatile.Read(ref _commits);

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Interlocked.Increment(ref _commits);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _commits);
        return Task.CompletedTask;
    }
}
