namespace MutualAid.Server.Hosting;

/// <summary>Creates the data directory, readable only by the server's user where the OS allows it.</summary>
public static class DataDirectory
{
    /// <summary>Where the API token key lives (<see cref="Auth.SigningKeyStore"/>).</summary>
    public const string SecretsFolder = "secrets";

    /// <summary>Where the data-protection keys of cookies and forms live (WebSetup).</summary>
    public const string CookieKeysFolder = "keys";

    /// <summary>The folders beside the database that hold secrets; a backup carries them.</summary>
    public static readonly IReadOnlyList<string> SecretFolders = [SecretsFolder, CookieKeysFolder];

    public static void Ensure(string path)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
