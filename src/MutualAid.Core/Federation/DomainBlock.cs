namespace MutualAid.Core.Federation;

/// <summary>A remote domain (and its subdomains) this instance refuses to federate with.</summary>
public sealed class DomainBlock
{
    public long Id { get; set; }

    public required string Domain { get; set; }

    public string Reason { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
