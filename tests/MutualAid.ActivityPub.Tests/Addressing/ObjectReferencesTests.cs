using System.Text.Json;
using System.Text.Json.Nodes;
using MutualAid.ActivityPub.Addressing;

namespace MutualAid.ActivityPub.Tests.Addressing;

public sealed class ObjectReferencesTests
{
    private static IReadOnlyList<string> Read(string json, string property = "to")
    {
        using var document = JsonDocument.Parse(json);
        var fromElement = ObjectReferences.Of(document.RootElement, property);
        var fromNode = ObjectReferences.Of(JsonNode.Parse(json), property);
        Assert.Equal(fromElement, fromNode);
        return fromElement;
    }

    [Fact]
    public void A_single_IRI_string_is_one_reference()
    {
        Assert.Equal(["https://a.example/users/x"], Read("""{"to":"https://a.example/users/x"}"""));
    }

    [Fact]
    public void An_embedded_object_is_referenced_by_its_id()
    {
        Assert.Equal(["https://a.example/users/x"], Read("""{"actor":{"type":"Person","id":"https://a.example/users/x","name":"X"}}""", "actor"));
    }

    [Fact]
    public void A_Link_is_referenced_by_its_href()
    {
        Assert.Equal(["https://a.example/users/x"], Read("""{"to":{"type":"Link","href":"https://a.example/users/x"}}"""));
    }

    [Fact]
    public void Arrays_mix_strings_and_objects_in_order()
    {
        var ids = Read("""{"attributedTo":[{"type":"Person","id":"https://a.example/p"},"https://a.example/g",{"type":"Group","@id":"https://a.example/h"}]}""", "attributedTo");

        Assert.Equal(["https://a.example/p", "https://a.example/g", "https://a.example/h"], ids);
    }

    [Fact]
    public void Anonymous_objects_numbers_nulls_and_nested_arrays_give_no_reference()
    {
        var ids = Read("""{"to":[{"type":"Note","content":"no id"},42,null,"",["https://a.example/nested"],true,"https://a.example/ok"]}""");

        Assert.Equal(["https://a.example/ok"], ids);
    }

    [Fact]
    public void An_absent_or_null_property_is_empty()
    {
        Assert.Empty(Read("""{"cc":["https://a.example/x"]}"""));
        Assert.Empty(Read("""{"to":null}"""));
    }

    [Fact]
    public void Single_of_needs_exactly_one_reference()
    {
        using var document = JsonDocument.Parse("""{"object":["https://a.example/1","https://a.example/2"],"actor":"https://a.example/a"}""");

        Assert.Null(ObjectReferences.SingleOf(document.RootElement, "object"));
        Assert.Null(ObjectReferences.SingleOf(document.RootElement, "target"));
        Assert.Equal("https://a.example/a", ObjectReferences.SingleOf(document.RootElement, "actor"));
    }

    [Fact]
    public void A_document_that_is_not_an_object_has_no_references()
    {
        using var document = JsonDocument.Parse("""["https://a.example/1"]""");

        Assert.Empty(ObjectReferences.Of(document.RootElement, "to"));
        Assert.Empty(ObjectReferences.Of(JsonNode.Parse("\"x\""), "to"));
    }
}
