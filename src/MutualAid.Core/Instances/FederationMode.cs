namespace MutualAid.Core.Instances;

/// <summary>Who this instance federates with.</summary>
public enum FederationMode
{
    /// <summary>Any instance that is not blocked.</summary>
    Open,

    /// <summary>Only instances whose domain is on the allowlist.</summary>
    Allowlist,
}
