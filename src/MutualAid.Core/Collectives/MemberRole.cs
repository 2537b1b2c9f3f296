namespace MutualAid.Core.Collectives;

public enum MemberRole
{
    /// <summary>Edits listings.</summary>
    Editor,

    /// <summary>Edits listings, the profile and the membership.</summary>
    Admin,
}
