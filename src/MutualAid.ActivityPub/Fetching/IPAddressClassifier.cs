using System.Net;
using System.Net.Sockets;

namespace MutualAid.ActivityPub.Fetching;

/// <summary>
/// Classifies IP addresses against the IANA special-purpose registries, so that a remote instance
/// cannot make us request our own loopback, LAN or cloud metadata endpoint (SSRF).
/// </summary>
public static class IPAddressClassifier
{
    public static bool IsPublic(IPAddress address) => Classify(address) == IPAddressScope.Public;

    public static IPAddressScope Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => ClassifyV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => ClassifyV6(address.GetAddressBytes()),
            _ => IPAddressScope.Reserved,
        };
    }

    private static IPAddressScope ClassifyV4(ReadOnlySpan<byte> b)
    {
        return b[0] switch
        {
            0 => IPAddressScope.Unspecified,
            10 => IPAddressScope.Private,
            100 when (b[1] & 0xC0) == 64 => IPAddressScope.CarrierGradeNat,
            127 => IPAddressScope.Loopback,
            169 when b[1] == 254 => IPAddressScope.LinkLocal,
            172 when (b[1] & 0xF0) == 16 => IPAddressScope.Private,
            192 when b[1] == 0 && b[2] == 0 => IPAddressScope.Reserved,
            192 when b[1] == 0 && b[2] == 2 => IPAddressScope.Documentation,
            192 when b[1] == 88 && b[2] == 99 => IPAddressScope.Reserved,
            192 when b[1] == 168 => IPAddressScope.Private,
            198 when (b[1] & 0xFE) == 18 => IPAddressScope.Benchmarking,
            198 when b[1] == 51 && b[2] == 100 => IPAddressScope.Documentation,
            203 when b[1] == 0 && b[2] == 113 => IPAddressScope.Documentation,
            >= 224 and <= 239 => IPAddressScope.Multicast,
            255 when b[1] == 255 && b[2] == 255 && b[3] == 255 => IPAddressScope.Broadcast,
            >= 240 => IPAddressScope.Reserved,
            _ => IPAddressScope.Public,
        };
    }

    private static IPAddressScope ClassifyV6(ReadOnlySpan<byte> b)
    {
        if (b[..15].IndexOfAnyExcept((byte)0) < 0)
        {
            return b[15] switch
            {
                0 => IPAddressScope.Unspecified,
                1 => IPAddressScope.Loopback,
                _ => IPAddressScope.Reserved,
            };
        }

        // IPv4-mapped (::ffff:a.b.c.d): the socket really talks to the embedded IPv4 address.
        if (b[..10].IndexOfAnyExcept((byte)0) < 0 && b[10] == 0xFF && b[11] == 0xFF)
        {
            return ClassifyV4(b[12..]);
        }

        // Well-known NAT64 prefix 64:ff9b::/96 reaches the embedded IPv4 address through a translator.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4..12].IndexOfAnyExcept((byte)0) < 0)
        {
            return ClassifyV4(b[12..]);
        }

        // Local-use NAT64 64:ff9b:1::/48 is site-specific.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4] == 0x00 && b[5] == 0x01)
        {
            return IPAddressScope.Private;
        }

        // 6to4 (2002::/16) tunnels to the IPv4 address in bits 16..48.
        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return ClassifyV4(b[2..6]);
        }

        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8)
        {
            return IPAddressScope.Documentation;
        }

        // 3fff::/20 is the second documentation prefix (RFC 9637).
        if (b[0] == 0x3F && b[1] == 0xFF && (b[2] & 0xF0) == 0)
        {
            return IPAddressScope.Documentation;
        }

        // 2001::/23 is the IETF protocol assignments block (Teredo, ORCHID, benchmarking 2001:2::/48...).
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] < 0x02)
        {
            return IPAddressScope.Reserved;
        }

        if ((b[0] & 0xFE) == 0xFC)
        {
            return IPAddressScope.UniqueLocal;
        }

        if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80)
        {
            return IPAddressScope.LinkLocal;
        }

        if (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0)
        {
            return IPAddressScope.Private;
        }

        if (b[0] == 0xFF)
        {
            return IPAddressScope.Multicast;
        }

        // Only 2000::/3 is allocated as global unicast; everything else (100::/64 discard, ::/8 remnants) is not routable.
        return (b[0] & 0xE0) == 0x20 ? IPAddressScope.Public : IPAddressScope.Reserved;
    }
}
