namespace MutualAid.Core.Validation;

/// <summary>IANA time zone ids only: Windows ids are refused so stored data means the same everywhere.</summary>
public static class TimeZones
{
    public static bool IsIanaId(string? id) =>
        !string.IsNullOrWhiteSpace(id)
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
        && zone.HasIanaId
        && string.Equals(zone.Id, id, StringComparison.Ordinal);
}
