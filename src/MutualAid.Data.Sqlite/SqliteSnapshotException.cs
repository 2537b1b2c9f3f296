namespace MutualAid.Data.Sqlite;

/// <summary>A snapshot of the database could not be taken, or the copy is not sound; the message says which.</summary>
public sealed class SqliteSnapshotException(string message) : Exception(message);
