namespace MutualAid.JsonLd;

/// <summary>The error code strings of the JSON-LD 1.1 API (section 9.4.3), plus our own limits.</summary>
public static class JsonLdErrorCode
{
    public const string CollidingKeywords = "colliding keywords";
    public const string ContextOverflow = "context overflow";
    public const string CyclicIriMapping = "cyclic IRI mapping";
    public const string InvalidIdValue = "invalid @id value";
    public const string InvalidImportValue = "invalid @import value";
    public const string InvalidIncludedValue = "invalid @included value";
    public const string InvalidIndexValue = "invalid @index value";
    public const string InvalidNestValue = "invalid @nest value";
    public const string InvalidPrefixValue = "invalid @prefix value";
    public const string InvalidPropagateValue = "invalid @propagate value";
    public const string InvalidProtectedValue = "invalid @protected value";
    public const string InvalidReverseValue = "invalid @reverse value";
    public const string InvalidVersionValue = "invalid @version value";
    public const string InvalidBaseDirection = "invalid base direction";
    public const string InvalidBaseIri = "invalid base IRI";
    public const string InvalidContainerMapping = "invalid container mapping";
    public const string InvalidContextEntry = "invalid context entry";
    public const string InvalidContextNullification = "invalid context nullification";
    public const string InvalidDefaultLanguage = "invalid default language";
    public const string InvalidIriMapping = "invalid IRI mapping";
    public const string InvalidJsonLiteral = "invalid JSON literal";
    public const string InvalidKeywordAlias = "invalid keyword alias";
    public const string InvalidLanguageMapValue = "invalid language map value";
    public const string InvalidLanguageMapping = "invalid language mapping";
    public const string InvalidLanguageTaggedString = "invalid language-tagged string";
    public const string InvalidLanguageTaggedValue = "invalid language-tagged value";
    public const string InvalidLocalContext = "invalid local context";
    public const string InvalidRemoteContext = "invalid remote context";
    public const string InvalidReverseProperty = "invalid reverse property";
    public const string InvalidReversePropertyMap = "invalid reverse property map";
    public const string InvalidReversePropertyValue = "invalid reverse property value";
    public const string InvalidScopedContext = "invalid scoped context";
    public const string InvalidSetOrListObject = "invalid set or list object";
    public const string InvalidTermDefinition = "invalid term definition";
    public const string InvalidTypeMapping = "invalid type mapping";
    public const string InvalidTypeValue = "invalid type value";
    public const string InvalidTypedValue = "invalid typed value";
    public const string InvalidValueObject = "invalid value object";
    public const string InvalidValueObjectValue = "invalid value object value";
    public const string InvalidVocabMapping = "invalid vocab mapping";
    public const string IriConfusedWithPrefix = "IRI confused with prefix";
    public const string KeywordRedefinition = "keyword redefinition";
    public const string LoadingDocumentFailed = "loading document failed";
    public const string LoadingRemoteContextFailed = "loading remote context failed";
    public const string ProcessingModeConflict = "processing mode conflict";
    public const string ProtectedTermRedefinition = "protected term redefinition";
    public const string CompactionToListOfLists = "compaction to list of lists";
    public const string RecursiveContextInclusion = "recursive context inclusion";

    /// <summary>Not a spec code: the input nests deeper than <see cref="JsonLdOptions.MaxDepth"/>.</summary>
    public const string MaxDepthExceeded = "maximum depth exceeded";
}
