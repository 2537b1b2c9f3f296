using System.Buffers;
using System.Text;
using MutualAid.ActivityPub.Keys;

namespace MutualAid.ActivityPub.Signatures;

/// <summary>
/// The text a signature covers, built in a per-thread StringBuilder and checked from pooled UTF-8 bytes:
/// verifying is the hot path of every inbox POST, and the string and byte array it used to allocate per
/// request cost as much time as parsing did.
/// </summary>
internal static class SignatureBaseBuffer
{
    // Larger builders (a request with huge signed headers) are not kept, so one odd request does not pin memory.
    private const int MaxKeptCapacity = 4096;
    private const int StackBytes = 2048;

    [ThreadStatic]
    private static StringBuilder? cached;

    public static StringBuilder Rent()
    {
        var builder = cached ?? new StringBuilder(512);
        cached = null;
        return builder;
    }

    public static void Return(StringBuilder builder)
    {
        if (builder.Capacity <= MaxKeptCapacity)
        {
            builder.Clear();
            cached = builder;
        }
    }

    /// <summary>Checks <paramref name="signature"/> over the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static bool Verify(StringBuilder text, PublicKeyMaterial key, SignatureAlgorithmKind algorithm, ReadOnlySpan<byte> signature)
    {
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        byte[]? rentedBytes = null;
        try
        {
            text.CopyTo(0, chars, text.Length);
            var source = chars.AsSpan(0, text.Length);
            var maxBytes = Encoding.UTF8.GetMaxByteCount(source.Length);
            var bytes = maxBytes <= StackBytes ? stackalloc byte[StackBytes] : (rentedBytes = ArrayPool<byte>.Shared.Rent(maxBytes));
            var written = Encoding.UTF8.GetBytes(source, bytes);
            return key.Verify(algorithm, bytes[..written], signature);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            if (rentedBytes is not null)
            {
                ArrayPool<byte>.Shared.Return(rentedBytes);
            }
        }
    }
}
