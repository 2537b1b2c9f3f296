namespace MutualAid.JsonLd.Loading;

/// <summary>What <see cref="StaticDocumentLoader"/> does with a URL it does not hold and cannot delegate.</summary>
public enum UnknownContextPolicy
{
    /// <summary>Fail with "loading remote context failed" (the default).</summary>
    Fail = 0,

    /// <summary>
    /// Treat the context as empty. Lenient fediverse consumers do this for instance-specific
    /// contexts they cannot verify; terms only that context defines then expand to nothing.
    /// </summary>
    TreatAsEmpty = 1,
}
