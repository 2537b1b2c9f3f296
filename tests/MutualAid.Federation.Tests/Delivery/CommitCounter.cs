using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MutualAid.Federation.Tests.Delivery;

/// <summary>
/// Counts durable commits (an fsync each on SQLite): committed transactions, explicit or SaveChanges' own, and writes
/// run outside any transaction, which autocommit (EF sends a single-statement SaveChanges without a transaction).
/// </summary>
internal sealed class CommitCounter : DbTransactionInterceptor, IDbCommandInterceptor
{
    private static readonly string[] Writes = ["INSERT", "UPDATE", "DELETE"];

    private int _commits;

    public int Commits => Volatile.Read(ref _commits);

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Interlocked.Increment(ref _commits);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _commits);
        return Task.CompletedTask;
    }

    InterceptionResult<DbDataReader> IDbCommandInterceptor.ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        CountAutocommit(command);
        return result;
    }

    ValueTask<InterceptionResult<DbDataReader>> IDbCommandInterceptor.ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken)
    {
        CountAutocommit(command);
        return ValueTask.FromResult(result);
    }

    InterceptionResult<int> IDbCommandInterceptor.NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        CountAutocommit(command);
        return result;
    }

    ValueTask<InterceptionResult<int>> IDbCommandInterceptor.NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken)
    {
        CountAutocommit(command);
        return ValueTask.FromResult(result);
    }

    private void CountAutocommit(DbCommand command)
    {
        if (command.Transaction is null && Writes.Any(w => command.CommandText.TrimStart().StartsWith(w, StringComparison.OrdinalIgnoreCase)))
        {
            Interlocked.Increment(ref _commits);
        }
    }
}
