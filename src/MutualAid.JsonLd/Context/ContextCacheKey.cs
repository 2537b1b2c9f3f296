namespace MutualAid.JsonLd.Context;

/// <summary>
/// What a processed child context depends on besides its parent: the context's text (or URL),
/// (a string: URL or "null"; or a <see cref="ContextFingerprint"/>), the base URL relative references resolve against, and the processing flags.
/// </summary>
internal readonly record struct ContextCacheKey(object Context, string? BaseUrl, bool OverrideProtected, bool Propagate, bool ValidateScoped,
    object DocumentBase);
