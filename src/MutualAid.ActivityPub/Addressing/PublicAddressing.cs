namespace MutualAid.ActivityPub.Addressing;

/// <summary>Where a document addressed Public, and how it spelled it.</summary>
/// <param name="Field">The addressing property (<c>to</c>, <c>cc</c>...).</param>
/// <param name="Spelling">The spelling used, as sent.</param>
public sealed record PublicAddressing(string Field, string Spelling);
