namespace MutualAid.Federation.Instances;

/// <summary>How instance domains are spelled everywhere: the host of an actor or object IRI, lower case.</summary>
public static class KnownInstanceDomains
{
    public static string? Of(string? iri) =>
        Uri.TryCreate(iri, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri.Host.ToLowerInvariant() : null;
}
