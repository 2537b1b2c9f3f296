using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using MutualAid.Core.Listings.Input;
using MutualAid.Core.Serialization;

namespace MutualAid.Core.Listings.Import;

/// <summary>
/// Reads an import file into rows. JSON: an array of listing objects (the API's shape), positions are
/// item indexes. CSV: a header of field paths (<c>kind,title,categories,fund.goalAmount,...</c>), list
/// cells separated by ';', positions are line numbers. Both end in the same <see cref="ListingInput"/>.
/// </summary>
public static class ListingFileReader
{
    public static IReadOnlyList<ImportRow> ReadJson(string text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException exception)
        {
            return [ImportRow.Unreadable($"line {exception.LineNumber + 1}", "$", "Not valid JSON: " + exception.Message)];
        }

        if (root is not JsonArray items)
        {
            return [ImportRow.Unreadable("file", "$", "Expected a JSON array of listings.")];
        }

        var rows = new List<ImportRow>();
        for (var i = 0; i < items.Count; i++)
        {
            rows.Add(Deserialize($"item [{i}]", items[i], MutualAidJson.Options));
        }

        return rows;
    }

    public static IReadOnlyList<ImportRow> ReadCsv(string text)
    {
        IReadOnlyList<CsvRecords.Record> records;
        try
        {
            records = CsvRecords.Parse(text);
        }
        catch (FormatException exception)
        {
            return [ImportRow.Unreadable("file", "$", exception.Message)];
        }

        if (records.Count == 0)
        {
            return [];
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToList();
        var columns = new List<Type?>();
        var headerProblems = new List<ImportRow>();
        foreach (var name in header)
        {
            var type = ResolvePath(name);
            columns.Add(type);
            if (type is null)
            {
                headerProblems.Add(ImportRow.Unreadable("line 1", name, "Unknown column."));
            }
        }

        if (headerProblems.Count > 0)
        {
            return headerProblems;
        }

        var rows = new List<ImportRow>();
        foreach (var record in records.Skip(1))
        {
            var position = $"line {record.Line}";
            if (record.Fields.Count != header.Count)
            {
                rows.Add(ImportRow.Unreadable(position, "$", $"Expected {header.Count} cells, found {record.Fields.Count}."));
                continue;
            }

            var root = new JsonObject();
            for (var c = 0; c < header.Count; c++)
            {
                var cell = record.Fields[c].Trim();
                if (cell.Length > 0)
                {
                    Place(root, header[c], ToNode(cell, columns[c]!));
                }
            }

            rows.Add(Deserialize(position, root, MutualAidJson.Options));
        }

        return rows;
    }

    private static ImportRow Deserialize(string position, JsonNode? node, JsonSerializerOptions options)
    {
        try
        {
            var input = node.Deserialize<ListingInput>(options);
            return input is null
                ? ImportRow.Unreadable(position, "$", "Expected a listing object, found null.")
                : ImportRow.Parsed(position, input);
        }
        catch (JsonException exception)
        {
            return ImportRow.Unreadable(position, MutualAidJson.FieldFromPath(exception.Path), exception.Message);
        }
    }

    /// <summary>The CLR type a dotted path (camelCase) names inside <see cref="ListingInput"/>, or null.</summary>
    private static Type? ResolvePath(string path)
    {
        var type = typeof(ListingInput);
        foreach (var segment in path.Split('.'))
        {
            var property = type.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || segment.Length == 0 || char.IsUpper(segment[0]))
            {
                return null;
            }

            type = property.PropertyType;
        }

        return type;
    }

    private static JsonNode ToNode(string cell, Type target)
    {
        var type = Nullable.GetUnderlyingType(target) ?? target;
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var element = type.GetGenericArguments()[0];
            return new JsonArray(cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(item => ToNode(item, element)).ToArray());
        }

        if (type == typeof(bool) && bool.TryParse(cell, out var flag))
        {
            return JsonValue.Create(flag);
        }

        if ((type == typeof(decimal) || type == typeof(double) || type == typeof(int))
            && decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        // Anything else stays text; the deserializer reports a type error against the field if it must.
        return JsonValue.Create(cell);
    }

    private static void Place(JsonObject root, string path, JsonNode value)
    {
        var segments = path.Split('.');
        var current = root;
        foreach (var segment in segments[..^1])
        {
            if (current[segment] is not JsonObject next)
            {
                next = new JsonObject();
                current[segment] = next;
            }

            current = next;
        }

        current[segments[^1]] = value;
    }
}
