using System.Text.Json.Nodes;
using MutualAid.JsonLd.Context;
using MutualAid.JsonLd.Iri;
using static MutualAid.JsonLd.Expansion.JsonLdNodes;

namespace MutualAid.JsonLd.Compaction;

/// <summary>IRI Compaction (JSON-LD 1.1 API, section 6.3) and Value Compaction (section 6.4).</summary>
internal sealed partial class Compactor
{
    public string? CompactIri(ActiveContext active, string? iri, JsonNode? value = null, bool vocab = false, bool reverse = false)
    {
        if (iri is null)
        {
            return null;
        }

        if (vocab && active.Inverse.Contains(iri))
        {
            var term = SelectTerm(active, iri, value, reverse);
            if (term is not null)
            {
                return term;
            }
        }

        if (vocab && active.Vocab is not null && iri.StartsWith(active.Vocab, StringComparison.Ordinal) && iri.Length > active.Vocab.Length)
        {
            var suffix = iri[active.Vocab.Length..];
            if (!active.Terms.ContainsKey(suffix))
            {
                return suffix;
            }
        }

        string? compactIri = null;
        foreach (var (term, definition) in active.Terms)
        {
            if (definition.IriMapping is null || definition.IriMapping == iri || !definition.IsPrefix
                || !iri.StartsWith(definition.IriMapping, StringComparison.Ordinal))
            {
                continue;
            }

            var candidate = string.Concat(term, ":", iri.AsSpan(definition.IriMapping.Length));
            var shorter = compactIri is null || candidate.Length < compactIri.Length
                || (candidate.Length == compactIri.Length && string.CompareOrdinal(candidate, compactIri) < 0);
            if (shorter && (!active.Terms.TryGetValue(candidate, out var existing) || (existing.IriMapping == iri && value is null)))
            {
                compactIri = candidate;
            }
        }

        if (compactIri is not null)
        {
            return compactIri;
        }

        var schemeLength = IriReference.SchemeLength(iri);
        if (schemeLength > 0 && active.Terms.TryGetValue(iri[..schemeLength], out var schemeTerm) && schemeTerm.IsPrefix
            && !iri.AsSpan(schemeLength + 1).StartsWith("//"))
        {
            throw JsonLdException.Of(JsonLdErrorCode.IriConfusedWithPrefix, $"{iri} would read as a compact IRI");
        }

        if (!vocab && _session.Options.CompactToRelative)
        {
            return IriResolver.Relativize(_session.Effective(active.BaseIri), iri);
        }

        return iri;
    }

    private string? SelectTerm(ActiveContext active, string iri, JsonNode? value, bool reverse)
    {
        var defaultLanguage = active.DefaultDirection is not null
            ? (active.DefaultLanguage ?? string.Empty) + "_" + active.DefaultDirection
            : active.DefaultLanguage ?? Keywords.None;
        var containers = new List<string>();
        var typeOrLanguage = Keywords.Language;
        string? typeOrLanguageValue = "@null";
        var valueObject = value as JsonObject;
        if (valueObject is not null && valueObject.ContainsKey(Keywords.Index) && !IsGraphObject(valueObject))
        {
            containers.Add(Keywords.Index);
            containers.Add("@index@set");
        }

        if (reverse)
        {
            typeOrLanguage = Keywords.Type;
            typeOrLanguageValue = Keywords.Reverse;
            containers.Add(Keywords.Set);
        }
        else if (valueObject is not null && valueObject.TryGetPropertyValue(Keywords.List, out var listNode))
        {
            if (!valueObject.ContainsKey(Keywords.Index))
            {
                containers.Add(Keywords.List);
            }

            CommonTypeOrLanguage(listNode as JsonArray ?? [], defaultLanguage, out var isType, out typeOrLanguageValue);
            if (isType)
            {
                typeOrLanguage = Keywords.Type;
            }
        }
        else if (IsGraphObject(valueObject))
        {
            AddGraphContainers(valueObject!, containers);
            typeOrLanguage = Keywords.Type;
            typeOrLanguageValue = Keywords.Id;
        }
        else
        {
            if (valueObject is not null && valueObject.ContainsKey(Keywords.Value))
            {
                var hasIndex = valueObject.ContainsKey(Keywords.Index);
                if (valueObject.TryGetPropertyValue(Keywords.Direction, out var direction) && !hasIndex)
                {
                    typeOrLanguageValue = (AsString(valueObject[Keywords.Language]) ?? string.Empty) + "_" + AsString(direction);
                    containers.Add(Keywords.Language);
                    containers.Add("@language@set");
                }
                else if (valueObject.TryGetPropertyValue(Keywords.Language, out var language) && !hasIndex)
                {
                    typeOrLanguageValue = AsString(language);
                    containers.Add(Keywords.Language);
                    containers.Add("@language@set");
                }
                else if (valueObject.TryGetPropertyValue(Keywords.Type, out var type))
                {
                    typeOrLanguage = Keywords.Type;
                    typeOrLanguageValue = AsString(type);
                }
            }
            else
            {
                typeOrLanguage = Keywords.Type;
                typeOrLanguageValue = Keywords.Id;
                containers.Add(Keywords.Id);
                containers.Add("@id@set");
                containers.Add(Keywords.Type);
                containers.Add("@set@type");
            }

            containers.Add(Keywords.Set);
        }

        containers.Add(Keywords.None);
        if (!active.Is10 && (valueObject is null || !valueObject.ContainsKey(Keywords.Index)))
        {
            containers.Add(Keywords.Index);
            containers.Add("@index@set");
        }

        if (!active.Is10 && valueObject is { Count: 1 } && valueObject.ContainsKey(Keywords.Value))
        {
            containers.Add(Keywords.Language);
            containers.Add("@language@set");
        }

        typeOrLanguageValue ??= "@null";
        var preferred = new List<string>();
        if (typeOrLanguageValue == Keywords.Reverse)
        {
            preferred.Add(Keywords.Reverse);
        }

        if (typeOrLanguageValue is Keywords.Id or Keywords.Reverse && valueObject is not null
            && valueObject.TryGetPropertyValue(Keywords.Id, out var idNode) && IsString(idNode, out var id))
        {
            var compactedId = CompactIri(active, id, vocab: true);
            if (compactedId is not null && active.Terms.TryGetValue(compactedId, out var idTerm) && idTerm.IriMapping == id)
            {
                preferred.AddRange([Keywords.Vocab, Keywords.Id, Keywords.None]);
            }
            else
            {
                preferred.AddRange([Keywords.Id, Keywords.Vocab, Keywords.None]);
            }
        }
        else
        {
            preferred.Add(typeOrLanguageValue);
            preferred.Add(Keywords.None);
            if (valueObject is not null && valueObject[Keywords.List] is JsonArray { Count: 0 })
            {
                typeOrLanguage = Keywords.Any;
            }
        }

        preferred.Add(Keywords.Any);
        foreach (var item in preferred.ToArray())
        {
            var underscore = item.IndexOf('_', StringComparison.Ordinal);
            if (underscore >= 0)
            {
                preferred.Add(item[underscore..]);
            }
        }

        return active.Inverse.SelectTerm(iri, containers, typeOrLanguage, preferred);
    }

    private static void CommonTypeOrLanguage(JsonArray list, string defaultLanguage, out bool isType, out string value)
    {
        string? commonLanguage = list.Count == 0 ? defaultLanguage : null;
        string? commonType = null;
        foreach (var item in list)
        {
            var itemLanguage = Keywords.None;
            var itemType = Keywords.None;
            if (item is JsonObject o && o.ContainsKey(Keywords.Value))
            {
                if (o.TryGetPropertyValue(Keywords.Direction, out var direction))
                {
                    itemLanguage = (AsString(o[Keywords.Language]) ?? string.Empty) + "_" + AsString(direction);
                }
                else if (o.TryGetPropertyValue(Keywords.Language, out var language))
                {
                    itemLanguage = AsString(language) ?? Keywords.None;
                }
                else if (o.TryGetPropertyValue(Keywords.Type, out var type))
                {
                    itemType = AsString(type) ?? Keywords.None;
                }
                else
                {
                    itemLanguage = "@null";
                }
            }
            else
            {
                itemType = Keywords.Id;
            }

            if (commonLanguage is null)
            {
                commonLanguage = itemLanguage;
            }
            else if (commonLanguage != itemLanguage && item is JsonObject v && v.ContainsKey(Keywords.Value))
            {
                commonLanguage = Keywords.None;
            }

            if (commonType is null)
            {
                commonType = itemType;
            }
            else if (commonType != itemType)
            {
                commonType = Keywords.None;
            }

            if (commonLanguage == Keywords.None && commonType == Keywords.None)
            {
                break;
            }
        }

        commonLanguage ??= Keywords.None;
        commonType ??= Keywords.None;
        isType = commonType != Keywords.None;
        value = isType ? commonType : commonLanguage;
    }

    private static void AddGraphContainers(JsonObject value, List<string> containers)
    {
        var hasIndex = value.ContainsKey(Keywords.Index);
        var hasId = value.ContainsKey(Keywords.Id);
        if (hasIndex)
        {
            containers.AddRange(["@graph@index", "@graph@index@set"]);
        }

        if (hasId)
        {
            containers.AddRange(["@graph@id", "@graph@id@set"]);
        }

        containers.AddRange([Keywords.Graph, "@graph@set", Keywords.Set]);
        if (!hasIndex)
        {
            containers.AddRange(["@graph@index", "@graph@index@set"]);
        }

        if (!hasId)
        {
            containers.AddRange(["@graph@id", "@graph@id@set"]);
        }

        containers.AddRange([Keywords.Index, "@index@set"]);
    }
}
