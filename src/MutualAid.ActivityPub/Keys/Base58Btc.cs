namespace MutualAid.ActivityPub.Keys;

/// <summary>Bitcoin's base58 alphabet, as multibase 'z' uses it.</summary>
public static class Base58Btc
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    public static string Encode(ReadOnlySpan<byte> data)
    {
        var zeros = 0;
        while (zeros < data.Length && data[zeros] == 0)
        {
            zeros++;
        }

        // log(256)/log(58) < 1.37, so this many base58 digits always suffice.
        var digits = new byte[((data.Length - zeros) * 137 / 100) + 1];
        var length = 0;
        for (var i = zeros; i < data.Length; i++)
        {
            int carry = data[i];
            for (var j = 0; j < length || carry != 0; j++)
            {
                carry += 256 * digits[j];
                digits[j] = (byte)(carry % 58);
                carry /= 58;
                length = Math.Max(length, j + 1);
            }
        }

        var chars = new char[zeros + length];
        chars.AsSpan(0, zeros).Fill('1');
        for (var i = 0; i < length; i++)
        {
            chars[zeros + i] = Alphabet[digits[length - 1 - i]];
        }

        return new string(chars);
    }

    public static byte[] Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var zeros = 0;
        while (zeros < text.Length && text[zeros] == '1')
        {
            zeros++;
        }

        var bytes = new byte[(text.Length * 733 / 1000) + 1];
        var length = 0;
        for (var i = zeros; i < text.Length; i++)
        {
            var carry = Alphabet.IndexOf(text[i], StringComparison.Ordinal);
            if (carry < 0)
            {
                throw new FormatException($"'{text[i]}' is not a base58btc character.");
            }

            for (var j = 0; j < length || carry != 0; j++)
            {
                carry += 58 * bytes[j];
                bytes[j] = (byte)(carry & 0xFF);
                carry >>= 8;
                length = Math.Max(length, j + 1);
            }
        }

        var result = new byte[zeros + length];
        for (var i = 0; i < length; i++)
        {
            result[zeros + i] = bytes[length - 1 - i];
        }

        return result;
    }
}
