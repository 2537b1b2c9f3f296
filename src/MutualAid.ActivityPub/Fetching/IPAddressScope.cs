namespace MutualAid.ActivityPub.Fetching;

/// <summary>Where an IP address can be reached from; only <see cref="Public"/> is fetched by default.</summary>
public enum IPAddressScope
{
    /// <summary>Globally routable unicast.</summary>
    Public,

    /// <summary>0.0.0.0/8 and ::, which many stacks route to the local host.</summary>
    Unspecified,

    /// <summary>127.0.0.0/8 and ::1.</summary>
    Loopback,

    /// <summary>RFC 1918 (10/8, 172.16/12, 192.168/16), IPv6 site-local, local-use NAT64.</summary>
    Private,

    /// <summary>100.64.0.0/10, shared address space behind carrier-grade NAT (RFC 6598).</summary>
    CarrierGradeNat,

    /// <summary>169.254.0.0/16 (cloud metadata services live here) and fe80::/10.</summary>
    LinkLocal,

    /// <summary>fc00::/7 (RFC 4193).</summary>
    UniqueLocal,

    /// <summary>224.0.0.0/4 and ff00::/8.</summary>
    Multicast,

    /// <summary>255.255.255.255.</summary>
    Broadcast,

    /// <summary>TEST-NET ranges, 2001:db8::/32 and 3fff::/20.</summary>
    Documentation,

    /// <summary>198.18.0.0/15 (RFC 2544).</summary>
    Benchmarking,

    /// <summary>Anything else IANA has not made globally reachable (240/4, IETF protocol blocks, non-2000::/3 IPv6).</summary>
    Reserved,
}
