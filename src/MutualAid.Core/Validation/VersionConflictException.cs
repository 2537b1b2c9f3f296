namespace MutualAid.Core.Validation;

/// <summary>The edit was based on an older version than the stored one; someone else changed it first.</summary>
public sealed class VersionConflictException(string message, int currentVersion) : Exception(message)
{
    public int CurrentVersion { get; } = currentVersion;
}
