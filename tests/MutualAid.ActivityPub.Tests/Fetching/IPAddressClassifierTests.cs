using System.Net;
using MutualAid.ActivityPub.Fetching;

namespace MutualAid.ActivityPub.Tests.Fetching;

public sealed class IPAddressClassifierTests
{
    [Theory]
    [InlineData("0.0.0.0", IPAddressScope.Unspecified)]
    [InlineData("0.1.2.3", IPAddressScope.Unspecified)]
    [InlineData("10.0.0.1", IPAddressScope.Private)]
    [InlineData("10.255.255.255", IPAddressScope.Private)]
    [InlineData("100.64.0.1", IPAddressScope.CarrierGradeNat)]
    [InlineData("100.127.255.254", IPAddressScope.CarrierGradeNat)]
    [InlineData("100.128.0.1", IPAddressScope.Public)]
    [InlineData("100.63.255.255", IPAddressScope.Public)]
    [InlineData("127.0.0.1", IPAddressScope.Loopback)]
    [InlineData("127.8.9.10", IPAddressScope.Loopback)]
    [InlineData("169.254.169.254", IPAddressScope.LinkLocal)]
    [InlineData("172.16.0.1", IPAddressScope.Private)]
    [InlineData("172.31.255.255", IPAddressScope.Private)]
    [InlineData("172.32.0.1", IPAddressScope.Public)]
    [InlineData("172.15.255.255", IPAddressScope.Public)]
    [InlineData("192.0.0.8", IPAddressScope.Reserved)]
    [InlineData("192.0.2.10", IPAddressScope.Documentation)]
    [InlineData("192.88.99.1", IPAddressScope.Reserved)]
    [InlineData("192.168.1.1", IPAddressScope.Private)]
    [InlineData("192.169.1.1", IPAddressScope.Public)]
    [InlineData("198.18.0.1", IPAddressScope.Benchmarking)]
    [InlineData("198.19.255.255", IPAddressScope.Benchmarking)]
    [InlineData("198.20.0.1", IPAddressScope.Public)]
    [InlineData("198.51.100.7", IPAddressScope.Documentation)]
    [InlineData("203.0.113.9", IPAddressScope.Documentation)]
    [InlineData("224.0.0.1", IPAddressScope.Multicast)]
    [InlineData("239.255.255.250", IPAddressScope.Multicast)]
    [InlineData("240.0.0.1", IPAddressScope.Reserved)]
    [InlineData("255.255.255.255", IPAddressScope.Broadcast)]
    [InlineData("1.1.1.1", IPAddressScope.Public)]
    [InlineData("8.8.8.8", IPAddressScope.Public)]
    [InlineData("93.184.216.34", IPAddressScope.Public)]
    public void Classifies_IPv4(string address, IPAddressScope expected)
    {
        Assert.Equal(expected, IPAddressClassifier.Classify(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("::", IPAddressScope.Unspecified)]
    [InlineData("::1", IPAddressScope.Loopback)]
    [InlineData("::2", IPAddressScope.Reserved)]
    [InlineData("::ffff:127.0.0.1", IPAddressScope.Loopback)]
    [InlineData("::ffff:10.1.2.3", IPAddressScope.Private)]
    [InlineData("::ffff:169.254.169.254", IPAddressScope.LinkLocal)]
    [InlineData("::ffff:8.8.8.8", IPAddressScope.Public)]
    [InlineData("64:ff9b::127.0.0.1", IPAddressScope.Loopback)]
    [InlineData("64:ff9b::8.8.8.8", IPAddressScope.Public)]
    [InlineData("64:ff9b:1::1", IPAddressScope.Private)]
    [InlineData("2002:7f00:0001::1", IPAddressScope.Loopback)]
    [InlineData("2002:0808:0808::1", IPAddressScope.Public)]
    [InlineData("2001:db8::1", IPAddressScope.Documentation)]
    [InlineData("2001::1", IPAddressScope.Reserved)]
    [InlineData("2001:1ff::1", IPAddressScope.Reserved)]
    [InlineData("fc00::1", IPAddressScope.UniqueLocal)]
    [InlineData("fd12:3456:789a::1", IPAddressScope.UniqueLocal)]
    [InlineData("fe80::1", IPAddressScope.LinkLocal)]
    [InlineData("febf::1", IPAddressScope.LinkLocal)]
    [InlineData("fec0::1", IPAddressScope.Private)]
    [InlineData("ff02::1", IPAddressScope.Multicast)]
    [InlineData("100::1", IPAddressScope.Reserved)]
    [InlineData("2001:4860:4860::8888", IPAddressScope.Public)]
    [InlineData("2a00:1450:4001:81c::200e", IPAddressScope.Public)]
    [InlineData("3fff::1", IPAddressScope.Documentation)]
    [InlineData("2600::1", IPAddressScope.Public)]
    [InlineData("4000::1", IPAddressScope.Reserved)]
    public void Classifies_IPv6(string address, IPAddressScope expected)
    {
        Assert.Equal(expected, IPAddressClassifier.Classify(IPAddress.Parse(address)));
    }

    [Fact]
    public void Only_public_addresses_count_as_public()
    {
        Assert.True(IPAddressClassifier.IsPublic(IPAddress.Parse("8.8.4.4")));
        Assert.False(IPAddressClassifier.IsPublic(IPAddress.Loopback));
        Assert.False(IPAddressClassifier.IsPublic(IPAddress.IPv6Loopback));
        Assert.False(IPAddressClassifier.IsPublic(IPAddress.Any));
    }
}
