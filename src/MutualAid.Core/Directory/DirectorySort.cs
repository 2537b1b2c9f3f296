namespace MutualAid.Core.Directory;

public enum DirectorySort
{
    /// <summary>Most recently published first (the default).</summary>
    Newest,

    /// <summary>Closest to the searched place first; needs a place.</summary>
    Nearest,

    /// <summary>Needs by urgency (critical first), then everything else; newest first within each.</summary>
    Urgent,
}
