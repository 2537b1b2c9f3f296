namespace MutualAid.Core.Instances;

/// <summary>The one row describing this instance; editable by operators at run time, seeded from options.</summary>
public sealed class InstanceSettings
{
    /// <summary>The row key: there is only ever one row.</summary>
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public required string Domain { get; set; }

    public required string Name { get; set; }

    public string Description { get; set; } = "";

    public List<string> Languages { get; set; } = [];

    public string Contact { get; set; } = "";

    public List<string> Rules { get; set; } = [];

    public FederationMode FederationMode { get; set; } = FederationMode.Open;

    /// <summary>Domains federated with when <see cref="FederationMode"/> is allowlist.</summary>
    public List<string> AllowedDomains { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
