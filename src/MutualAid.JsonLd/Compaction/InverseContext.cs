using MutualAid.JsonLd.Context;

namespace MutualAid.JsonLd.Compaction;

/// <summary>
/// The inverse context (JSON-LD 1.1 API, section 4.3): for each IRI, per container, the terms to
/// choose by type or language. Built once per active context and cached on it.
/// </summary>
internal sealed class InverseContext
{
    private readonly Dictionary<string, Dictionary<string, TypeLanguageMaps>> _byIri = new(StringComparer.Ordinal);

    public bool Contains(string iri) => _byIri.ContainsKey(iri);

    public Dictionary<string, TypeLanguageMaps>? ContainersFor(string iri) => _byIri.GetValueOrDefault(iri);

    public static InverseContext Create(ActiveContext active)
    {
        var inverse = new InverseContext();
        var defaultLanguage = active.DefaultLanguage?.ToLowerInvariant() ?? Keywords.None;
        var terms = active.Terms.Keys.ToList();
        terms.Sort(static (a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
        foreach (var term in terms)
        {
            var definition = active.Terms[term];
            if (definition.IriMapping is null)
            {
                continue;
            }

            var container = ContainerKey(definition.Container);
            if (!inverse._byIri.TryGetValue(definition.IriMapping, out var containerMap))
            {
                containerMap = new Dictionary<string, TypeLanguageMaps>(StringComparer.Ordinal);
                inverse._byIri[definition.IriMapping] = containerMap;
            }

            if (!containerMap.TryGetValue(container, out var maps))
            {
                maps = new TypeLanguageMaps();
                maps.Any[Keywords.None] = term;
                containerMap[container] = maps;
            }

            AddTerm(active, definition, term, maps, defaultLanguage);
        }

        return inverse;
    }

    private static void AddTerm(ActiveContext active, TermDefinition definition, string term, TypeLanguageMaps maps, string defaultLanguage)
    {
        var typeMap = maps.Type;
        var languageMap = maps.Language;
        if (definition.IsReverseProperty)
        {
            typeMap.TryAdd(Keywords.Reverse, term);
        }
        else if (definition.TypeMapping == Keywords.None)
        {
            languageMap.TryAdd(Keywords.Any, term);
            typeMap.TryAdd(Keywords.Any, term);
        }
        else if (definition.TypeMapping is not null)
        {
            typeMap.TryAdd(definition.TypeMapping, term);
        }
        else if (definition.HasLanguage && definition.HasDirection)
        {
            var key = (definition.Language, definition.Direction) switch
            {
                (not null, not null) => definition.Language + "_" + definition.Direction,
                (not null, null) => definition.Language,
                (null, not null) => "_" + definition.Direction,
                _ => "@null",
            };
            languageMap.TryAdd(key, term);
        }
        else if (definition.HasLanguage)
        {
            languageMap.TryAdd(definition.Language ?? "@null", term);
        }
        else if (definition.HasDirection)
        {
            languageMap.TryAdd(definition.Direction is null ? Keywords.None : "_" + definition.Direction, term);
        }
        else if (active.DefaultDirection is not null)
        {
            languageMap.TryAdd((active.DefaultLanguage?.ToLowerInvariant() ?? string.Empty) + "_" + active.DefaultDirection, term);
            languageMap.TryAdd(Keywords.None, term);
            typeMap.TryAdd(Keywords.None, term);
        }
        else
        {
            languageMap.TryAdd(defaultLanguage, term);
            languageMap.TryAdd(Keywords.None, term);
            typeMap.TryAdd(Keywords.None, term);
        }
    }

    /// <summary>The container mapping as the spec's key: its keywords sorted and concatenated, or @none.</summary>
    public static string ContainerKey(Container container)
    {
        if (container == Container.None)
        {
            return Keywords.None;
        }

        return string.Concat(
            (container & Container.Graph) != 0 ? Keywords.Graph : string.Empty,
            (container & Container.Id) != 0 ? Keywords.Id : string.Empty,
            (container & Container.Index) != 0 ? Keywords.Index : string.Empty,
            string.Concat(
                (container & Container.Language) != 0 ? Keywords.Language : string.Empty,
                (container & Container.List) != 0 ? Keywords.List : string.Empty,
                (container & Container.Set) != 0 ? Keywords.Set : string.Empty,
                (container & Container.Type) != 0 ? Keywords.Type : string.Empty));
    }

    /// <summary>Term selection (section 4.4).</summary>
    public string? SelectTerm(string iri, List<string> containers, string typeOrLanguage, List<string> preferredValues)
    {
        if (!_byIri.TryGetValue(iri, out var containerMap))
        {
            return null;
        }

        foreach (var container in containers)
        {
            if (!containerMap.TryGetValue(container, out var maps))
            {
                continue;
            }

            var valueMap = typeOrLanguage switch
            {
                Keywords.Type => maps.Type,
                Keywords.Language => maps.Language,
                _ => maps.Any,
            };
            foreach (var item in preferredValues)
            {
                if (valueMap.TryGetValue(item, out var term))
                {
                    return term;
                }
            }
        }

        return null;
    }
}

internal sealed class TypeLanguageMaps
{
    public Dictionary<string, string> Language { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Type { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Any { get; } = new(StringComparer.Ordinal);
}
