using System.Globalization;
using System.Security.Cryptography;
using NSec.Cryptography;

namespace MutualAid.Core.Accounts;

/// <summary>
/// Argon2id password hashing in the PHC string format (<c>$argon2id$v=19$m=..,t=..,p=1$salt$hash</c>),
/// so the salt and the cost parameters travel with the hash and can be raised later without a migration.
/// </summary>
public sealed class PasswordHasher
{
    private const int SaltLength = 16;
    private const int HashLength = 32;

    private readonly long _memoryKib;
    private readonly long _passes;

    /// <summary>Defaults follow the OWASP recommendation for Argon2id (19 MiB, 2 passes, 1 lane).</summary>
    public PasswordHasher(long memoryKib = 19 * 1024, long passes = 2)
    {
        _memoryKib = memoryKib;
        _passes = passes;
    }

    public string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(SaltLength);
        var hash = Derive(password, salt, _memoryKib, _passes, HashLength);
        return string.Create(CultureInfo.InvariantCulture,
            $"$argon2id$v=19$m={_memoryKib},t={_passes},p=1${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    public bool Verify(string password, string encoded)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(encoded);
        var parts = encoded.Split('$');
        // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
        if (parts.Length != 6 || parts[1] != "argon2id" || parts[2] != "v=19")
        {
            throw new FormatException("The stored password hash is not an Argon2id PHC string.");
        }

        long memory = 0, passes = 0;
        foreach (var parameter in parts[3].Split(','))
        {
            var pair = parameter.Split('=');
            var value = long.Parse(pair[1], CultureInfo.InvariantCulture);
            switch (pair[0])
            {
                case "m": memory = value; break;
                case "t": passes = value; break;
                case "p" when value != 1:
                    throw new FormatException("Only one lane of Argon2id parallelism is supported.");
                default: break;
            }
        }

        var salt = Convert.FromBase64String(parts[4]);
        var expected = Convert.FromBase64String(parts[5]);
        var actual = Derive(password, salt, memory, passes, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static byte[] Derive(string password, byte[] salt, long memoryKib, long passes, int length)
    {
        var parameters = new Argon2Parameters
        {
            DegreeOfParallelism = 1,
            MemorySize = memoryKib,
            NumberOfPasses = passes,
        };
        var algorithm = PasswordBasedKeyDerivationAlgorithm.Argon2id(in parameters);
        return algorithm.DeriveBytes(password, salt, length);
    }
}
