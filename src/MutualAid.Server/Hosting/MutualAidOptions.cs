using MutualAid.Core.Instances;

namespace MutualAid.Server.Hosting;

/// <summary>The "MutualAid" configuration section (env: <c>MutualAid__Domain</c>, <c>MutualAid__DataDirectory</c>, ...).</summary>
public sealed class MutualAidOptions
{
    public const string SectionName = "MutualAid";

    /// <summary>The public host name (and port, if not 443) of the instance, e.g. <c>aid.example.org</c>.</summary>
    public string Domain { get; set; } = "localhost";

    /// <summary>Instance display name, used when the instance row is first created.</summary>
    public string Name { get; set; } = "Mutual aid";

    public string Description { get; set; } = "";

    public List<string> Languages { get; set; } = ["en"];

    public string Contact { get; set; } = "";

    public FederationMode FederationMode { get; set; } = FederationMode.Open;

    /// <summary>Where the database and secrets live; created on start. Relative paths resolve from the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Apply pending migrations on start (the embedded default); operators may prefer <c>mutualaid migrate</c>.</summary>
    public bool MigrateOnStart { get; set; } = true;

    public int AccessTokenMinutes { get; set; } = 15;

    /// <summary>Failed logins allowed per account in <see cref="FailedLoginWindowMinutes"/>.</summary>
    public int MaxFailedLoginsPerAccount { get; set; } = 5;

    /// <summary>Failed logins allowed per client address in <see cref="FailedLoginWindowMinutes"/>.</summary>
    public int MaxFailedLoginsPerAddress { get; set; } = 20;

    public int FailedLoginWindowMinutes { get; set; } = 15;

    public string FullDataDirectory => Path.GetFullPath(DataDirectory);

    /// <summary>The issuer and audience of access tokens.</summary>
    public string BaseUrl => "https://" + Domain;
}
