using MutualAid.Core.Collectives;

namespace MutualAid.Testing;

/// <summary>A member created by the factory, with what it takes to log in as them.</summary>
public sealed record TestMember(string Slug, string Email, string Password, MemberRole Role);
