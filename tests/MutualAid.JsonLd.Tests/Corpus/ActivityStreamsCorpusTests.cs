using System.Text.Json;
using System.Text.Json.Nodes;
using MutualAid.JsonLd.Loading;
using Xunit.Abstractions;
using static MutualAid.JsonLd.Tests.Corpus.ExpandedNode;

namespace MutualAid.JsonLd.Tests.Corpus;

/// <summary>
/// Every document of shared/conformance/activitystreams expands with the bundled contexts only, and
/// the facts index.json lists for it can be read back from the expanded form.
/// </summary>
public sealed class ActivityStreamsCorpusTests(ITestOutputHelper output)
{
    private const string Public = As + "Public";

    private static readonly string Directory = Path.Combine(SharedPaths.Conformance, "activitystreams");

    private static readonly Lazy<Dictionary<string, JsonObject>> Entries = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, "index.json")))!["entries"]!.AsArray()
            .Select(e => e!.AsObject())
            .ToDictionary(e => e["file"]!.GetValue<string>(), e => e));

    /// <summary>The consumer's options: bundled contexts; an instance context we can't vouch for counts as empty;
    /// the AS context is assumed under every document (ActivityStreams 2.0 core, section 2.1), with the
    /// security context every ActivityPub server sends beside it (Lemmy sends no @context at all).</summary>
    internal static readonly JsonLdOptions ConsumerOptions = new()
    {
        DocumentLoader = StaticDocumentLoader.Bundled.WithUnknownContexts(UnknownContextPolicy.TreatAsEmpty),
        ExpandContext = new JsonArray(BundledContexts.ActivityStreams, BundledContexts.SecurityV1),
    };

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Entries.Value.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    [Fact]
    public void Corpus_index_lists_every_document()
    {
        var onDisk = System.IO.Directory.GetFiles(Directory, "*.json").Select(f => Path.GetFileName(f)).Where(f => f != "index.json").Order().ToList();
        Assert.Equal(120, onDisk.Count);
        Assert.Equal(onDisk, Entries.Value.Keys.Order().ToList());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Document_expands_and_yields_its_facts(string file)
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, file)));
        var expanded = JsonLdProcessor.Expand(document, ConsumerOptions);

        var root = Assert.Single(expanded.OfType<JsonObject>(), n => n.ContainsKey("@type") || n.ContainsKey("@id"));
        var problems = new List<string>();
        CheckFacts(new ExpandedNode(root), Entries.Value[file]["expect"]!.AsObject(), "", problems);
        output.WriteLine(string.Join(Environment.NewLine, problems));
        Assert.True(problems.Count == 0, file + ": " + string.Join("; ", problems));
    }

    private static void CheckFacts(ExpandedNode node, JsonObject expect, string path, List<string> problems)
    {
        void Check(bool ok, string fact, object? expected, object? actual)
        {
            if (!ok)
            {
                problems.Add($"{path}{fact}: expected {expected} got {actual}");
            }
        }

        foreach (var (fact, value) in expect)
        {
            switch (fact)
            {
                case "id":
                    Check(node.Id == Str(value), fact, value, node.Id);
                    break;
                case "type":
                    Check(node.Types.Any(t => LocalName(t) == Str(value)), fact, value, string.Join(",", node.Types));
                    break;
                case "actor" or "inReplyTo" or "outbox" or "followers" or "following" or "target" or "partOf" or "next":
                    CheckIris(node, As + fact, value, fact, Check);
                    break;
                case "inbox":
                    CheckIris(node, Ldp + "inbox", value, fact, Check);
                    break;
                case "url":
                    CheckIris(node, As + "url", value, fact, Check);
                    break;
                case "attributedTo" or "audience":
                    CheckIris(node, As + fact, value, fact, Check);
                    break;
                case "to" or "cc" or "bto" or "bcc":
                    CheckIris(node, As + fact, value, fact, Check);
                    break;
                case "is_public":
                    var isPublic = new[] { "to", "cc", "bto", "bcc", "audience" }.Any(f => node.Iris(As + f).Any(IsPublic));
                    Check(isPublic == value!.GetValue<bool>(), fact, value, isPublic);
                    break;
                case "preferredUsername" or "published" or "updated" or "startTime" or "endTime" or "mediaType":
                    if (value is not null)
                    {
                        Check(node.Literal(As + fact) == Str(value), fact, value, node.Literal(As + fact));
                    }

                    break;
                case "name" when value is not null:
                    var names = node.Literals(As + "name").Select(v => v.ToString());
                    Check(names.Contains(Str(value)), fact, value, string.Join("|", names));
                    break;
                case "content_present":
                    Check(node.Has(As + "content") == value!.GetValue<bool>(), fact, value, node.Has(As + "content"));
                    break;
                case "contentMap_languages":
                    var languages = node.Items(As + "content").Select(i => i["@language"]?.GetValue<string>()).OfType<string>().ToHashSet();
                    Check(value!.AsArray().All(l => languages.Contains(l!.GetValue<string>().ToLowerInvariant())), fact, value, string.Join(",", languages));
                    break;
                case "manuallyApprovesFollowers" or "sensitive" when value is not null:
                    // Extension terms: as:X where the document defines them, else the AS context's "@vocab": "_:" makes them _:X.
                    var flag = node.Literals(As + fact).Concat(node.Literals("_:" + fact)).FirstOrDefault();
                    Check(flag is not null && flag.GetValueKind() == (value.GetValue<bool>() ? JsonValueKind.True : JsonValueKind.False), fact, value, flag);
                    break;
                case "totalItems" when value is not null:
                    var total = node.Literals(As + "totalItems").FirstOrDefault();
                    Check(total is not null && total.ToString() == value.ToString(), fact, value, total);
                    break;
                case "sharedInbox" when value is not null:
                    var shared = node.Nodes(As + "endpoints").SelectMany(e => e.Iris(As + "sharedInbox")).Concat(node.Iris(As + "sharedInbox"));
                    Check(shared.Contains(Str(value)), fact, value, string.Join(",", shared));
                    break;
                case "publicKey":
                    foreach (var key in value!.AsArray())
                    {
                        var keyNode = node.Nodes(Sec + "publicKey").FirstOrDefault(k => k.Id == Str(key!["id"]));
                        Check(keyNode is not null, "publicKey.id", key!["id"], string.Join(",", node.Nodes(Sec + "publicKey").Select(k => k.Id)));
                        if (keyNode is not null && key["owner"] is not null)
                        {
                            Check(keyNode.Iris(Sec + "owner").Contains(Str(key["owner"])), "publicKey.owner", key["owner"], string.Join(",", keyNode.Iris(Sec + "owner")));
                        }
                    }

                    break;
                case "tags":
                    var tags = node.Nodes(As + "tag").ToList();
                    foreach (var tag in value!.AsArray())
                    {
                        var match = tags.Any(t =>
                            (tag!["type"] is null || t.Types.Any(x => LocalName(x) == Str(tag["type"])))
                            && (tag["name"] is null || t.Literals(As + "name").Any(n => n.ToString() == Str(tag["name"])))
                            // The index records a tag's id as its href when it has no href.
                            && (tag["href"] is null || t.Iris(As + "href").Contains(Str(tag["href"])) || t.Id == Str(tag["href"])));
                        Check(match, "tag", tag!.ToJsonString(), tags.Count + " tags");
                    }

                    break;
                case "object" when value is JsonObject embedded:
                    var inner = node.Nodes(As + "object").FirstOrDefault();
                    Check(inner is not null, fact, "an embedded object", "none");
                    if (inner is not null)
                    {
                        CheckFacts(inner, embedded, path + "object.", problems);
                    }

                    break;
                case "object" when value is not null:
                    CheckIris(node, As + "object", value, fact, Check);
                    break;
            }
        }
    }

    private static void CheckIris(ExpandedNode node, string property, JsonNode? expected, string fact, Action<bool, string, object?, object?> check)
    {
        if (expected is null)
        {
            return;
        }

        var actual = node.Iris(property).Select(i => IsPublic(i) ? Public : i).ToHashSet(StringComparer.Ordinal);
        var wanted = (expected is JsonArray list ? list.Select(Str) : [Str(expected)]).Select(PublicSpelling).ToList();
        check(wanted.All(actual.Contains), fact, string.Join(",", wanted), string.Join(",", actual));
    }

    /// <summary>
    /// "as:Public" expands to the full IRI (as: is a prefix of the AS context). A bare "Public" in an @id-typed
    /// property is, in JSON-LD, a relative IRI reference and stays "Public" (no base given), so the consumer
    /// recognizes it at the vocabulary level, as ActivityStreams requires.
    /// </summary>
    private static bool IsPublic(string iri) => iri is Public or "Public" or "as:Public";

    /// <summary>The corpus records the spelling used in the document; recognized, all three are the full IRI.</summary>
    private static string PublicSpelling(string iri) => iri is "as:Public" or "Public" ? Public : iri;

    private static string Str(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node?.ToJsonString() ?? "null";
}
