using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using MutualAid.Server.Hosting;

namespace MutualAid.Server.Auth;

/// <summary>
/// The HMAC key that signs access tokens: generated on first start into the data directory with owner-only
/// permissions, then reused so tokens survive restarts. Deleting the file logs everyone out.
/// </summary>
public sealed class SigningKeyStore(IOptions<MutualAidOptions> options)
{
    public const string FileName = "jwt-signing.key";
    private const int KeyBytes = 64;

    private readonly Lock _gate = new();
    private SymmetricSecurityKey? _key;

    public string KeyPath => Path.Combine(options.Value.FullDataDirectory, DataDirectory.SecretsFolder, FileName);

    public SymmetricSecurityKey LoadOrCreate()
    {
        lock (_gate)
        {
            if (_key is not null)
            {
                return _key;
            }

            var path = KeyPath;
            if (!File.Exists(path))
            {
                Create(path);
            }

            var bytes = Convert.FromBase64String(File.ReadAllText(path).Trim());
            if (bytes.Length < 32)
            {
                throw new InvalidOperationException($"The signing key in {path} is shorter than 256 bits; delete it to generate a new one.");
            }

            _key = new SymmetricSecurityKey(bytes) { KeyId = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] };
            return _key;
        }
    }

    private static void Create(string path)
    {
        var directory = Path.GetDirectoryName(path)!;
        DataDirectory.Ensure(directory);
        var streamOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            streamOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, streamOptions);
        using var writer = new StreamWriter(stream);
        writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes)));
    }
}
