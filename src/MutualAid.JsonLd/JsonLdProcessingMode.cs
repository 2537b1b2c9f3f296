namespace MutualAid.JsonLd;

/// <summary>The processing mode: json-ld-1.1 (default) or the older json-ld-1.0.</summary>
public enum JsonLdProcessingMode
{
    Json11 = 0,
    Json10 = 1,
}
