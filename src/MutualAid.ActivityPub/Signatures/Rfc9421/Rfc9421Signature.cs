using MutualAid.ActivityPub.Signatures.StructuredFields;

namespace MutualAid.ActivityPub.Signatures.Rfc9421;

/// <summary>One labelled signature of a message: its Signature-Input member and its Signature bytes.</summary>
public sealed class Rfc9421Signature
{
    private Rfc9421Signature(string label, SfItem input, byte[] value)
    {
        Label = label;
        Input = input;
        Value = value;
        KeyId = input.Parameter("keyid") as string;
        Algorithm = input.Parameter("alg") as string;
        Created = input.Parameter("created") as long?;
        Expires = input.Parameter("expires") as long?;
        Nonce = input.Parameter("nonce") as string;
        Tag = input.Parameter("tag") as string;
    }

    public string Label { get; }

    /// <summary>The covered components (an inner list) with the signature parameters.</summary>
    public SfItem Input { get; }

    public byte[] Value { get; }

    public string? KeyId { get; }

    public string? Algorithm { get; }

    public long? Created { get; }

    public long? Expires { get; }

    public string? Nonce { get; }

    public string? Tag { get; }

    public IEnumerable<SfItem> Components => Input.InnerList!;

    /// <summary>Whether the signature covers a component by this identifier (e.g. "@method", "content-digest").</summary>
    public bool Covers(string name)
    {
        foreach (var component in Input.InnerList!)
        {
            if (component.Value is string s && s == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every signature on the message, in Signature-Input order.</summary>
    /// <exception cref="SignatureRejectedException">The headers are not well-formed.</exception>
    public static IReadOnlyList<Rfc9421Signature> ReadAll(HttpMessageParts message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var inputHeader = message.Header("Signature-Input");
        var signatureHeader = message.Header("Signature");
        if (inputHeader is null || signatureHeader is null)
        {
            throw new SignatureRejectedException(SignatureFailure.NotSigned, "An RFC 9421 signature needs both Signature-Input and Signature headers.");
        }

        List<KeyValuePair<string, SfItem>> inputs, values;
        try
        {
            inputs = SfParser.ParseDictionary(inputHeader);
            values = SfParser.ParseDictionary(signatureHeader);
        }
        catch (StructuredFieldException e)
        {
            throw new SignatureRejectedException(SignatureFailure.Malformed, $"Signature-Input or Signature is not a structured dictionary: {e.Message}");
        }

        var signatures = new List<Rfc9421Signature>(inputs.Count);
        foreach (var (label, input) in inputs)
        {
            if (input.InnerList is null)
            {
                throw new SignatureRejectedException(SignatureFailure.Malformed, $"Signature-Input member '{label}' is not an inner list of components.");
            }

            SfItem? value = null;
            foreach (var candidate in values)
            {
                if (candidate.Key == label)
                {
                    value = candidate.Value;
                    break;
                }
            }

            if (value?.Value is not byte[] bytes)
            {
                throw new SignatureRejectedException(SignatureFailure.Malformed, $"Signature has no byte sequence for label '{label}'.");
            }

            foreach (var (key, parameter) in input.Parameters)
            {
                var ok = key switch
                {
                    "created" or "expires" => parameter is long,
                    "keyid" or "alg" or "nonce" or "tag" => parameter is string,
                    _ => true,
                };
                if (!ok)
                {
                    throw new SignatureRejectedException(SignatureFailure.Malformed, $"Signature parameter '{key}' of '{label}' has the wrong type.");
                }
            }

            signatures.Add(new Rfc9421Signature(label, input, bytes));
        }

        return signatures;
    }
}
