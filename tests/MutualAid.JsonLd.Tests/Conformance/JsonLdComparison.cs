using System.Text.Json;
using System.Text.Json.Nodes;

namespace MutualAid.JsonLd.Tests.Conformance;

/// <summary>"JSON-LD object comparison" from the test suite README: arrays unordered except @list values.</summary>
internal static class JsonLdComparison
{
    public static bool AreEquivalent(JsonNode? expected, JsonNode? actual, bool ordered = false) => Equal(expected, actual, ordered);

    private static bool Equal(JsonNode? a, JsonNode? b, bool ordered)
    {
        switch (a)
        {
            case null:
                return b is null;
            case JsonObject oa:
                if (b is not JsonObject ob || oa.Count != ob.Count)
                {
                    return false;
                }

                foreach (var (key, value) in oa)
                {
                    if (!ob.TryGetPropertyValue(key, out var other))
                    {
                        return false;
                    }

                    if (!Equal(value, other, ordered || key == "@list"))
                    {
                        return false;
                    }
                }

                return true;
            case JsonArray aa:
                if (b is not JsonArray ab || aa.Count != ab.Count)
                {
                    return false;
                }

                if (ordered)
                {
                    for (var i = 0; i < aa.Count; i++)
                    {
                        if (!Equal(aa[i], ab[i], false))
                        {
                            return false;
                        }
                    }

                    return true;
                }

                var used = new bool[ab.Count];
                foreach (var item in aa)
                {
                    var found = false;
                    for (var i = 0; i < ab.Count; i++)
                    {
                        if (!used[i] && Equal(item, ab[i], false))
                        {
                            used[i] = true;
                            found = true;
                            break;
                        }
                    }

                    if (!found)
                    {
                        return false;
                    }
                }

                return true;
            default:
                if (b is not JsonValue vb)
                {
                    return false;
                }

                var va = (JsonValue)a;
                if (va.GetValueKind() == JsonValueKind.Number && vb.GetValueKind() == JsonValueKind.Number)
                {
                    return va.GetValue<double>() == vb.GetValue<double>();
                }

                return JsonNode.DeepEquals(va, vb);
        }
    }
}
