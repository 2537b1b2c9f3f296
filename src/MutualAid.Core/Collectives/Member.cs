using MutualAid.Core.Accounts;

namespace MutualAid.Core.Collectives;

/// <summary>A user's membership in a collective, with the role that decides what they may change.</summary>
public sealed class Member
{
    public long Id { get; set; }

    public long CollectiveId { get; set; }

    public Collective? Collective { get; set; }

    public long UserId { get; set; }

    public User? User { get; set; }

    public MemberRole Role { get; set; }

    public DateTimeOffset JoinedAt { get; set; }
}
