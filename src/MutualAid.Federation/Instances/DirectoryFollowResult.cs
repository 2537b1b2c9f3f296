using MutualAid.Core.Federation;

namespace MutualAid.Federation.Instances;

/// <summary>The instance actor's follow of a collective added to the directory.</summary>
public sealed record DirectoryFollowResult(string Actor, FollowState State, string FollowActivity, bool Created);
