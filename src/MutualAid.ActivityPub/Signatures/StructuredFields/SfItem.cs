namespace MutualAid.ActivityPub.Signatures.StructuredFields;

/// <summary>
/// An RFC 8941 bare item (long, decimal, string, <see cref="SfToken"/>, byte[] or bool) with its parameters,
/// or, when <see cref="InnerList"/> is set, an inner list with parameters.
/// </summary>
public sealed class SfItem(object? value, IReadOnlyList<KeyValuePair<string, object>> parameters, IReadOnlyList<SfItem>? innerList = null)
{
    public object? Value { get; } = value;

    public IReadOnlyList<KeyValuePair<string, object>> Parameters { get; } = parameters;

    public IReadOnlyList<SfItem>? InnerList { get; } = innerList;

    public object? Parameter(string key)
    {
        foreach (var (k, v) in Parameters)
        {
            if (k == key)
            {
                return v;
            }
        }

        return null;
    }

    public string Serialize()
    {
        var builder = new System.Text.StringBuilder();
        SfSerializer.WriteMember(builder, this);
        return builder.ToString();
    }
}
