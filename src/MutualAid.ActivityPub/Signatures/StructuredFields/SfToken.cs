namespace MutualAid.ActivityPub.Signatures.StructuredFields;

/// <summary>An RFC 8941 token (unquoted), kept apart from strings so it serializes back the same.</summary>
public readonly record struct SfToken(string Value)
{
    public override string ToString() => Value;
}
