using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MutualAid.Core.Data;

/// <summary>Stores a DateTimeOffset as UTC ticks (an INTEGER that sorts and compares correctly on SQLite).</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
