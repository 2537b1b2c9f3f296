namespace MutualAid.JsonLd.Context;

/// <summary>A term's container mapping as flags (a term may combine e.g. @graph, @index and @set).</summary>
[Flags]
internal enum Container
{
    None = 0,
    List = 1,
    Set = 2,
    Index = 4,
    Language = 8,
    Id = 16,
    Type = 32,
    Graph = 64,
}

internal static class ContainerNames
{
    public static Container Parse(string value) => value switch
    {
        Keywords.List => Container.List,
        Keywords.Set => Container.Set,
        Keywords.Index => Container.Index,
        Keywords.Language => Container.Language,
        Keywords.Id => Container.Id,
        Keywords.Type => Container.Type,
        Keywords.Graph => Container.Graph,
        _ => Container.None,
    };
}
