using System.Net;
using Pipeline.Crawler.Fetching;

namespace Pipeline.Crawler.Tests.Fetching;

public sealed class NetworkAddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("::ffff:10.0.0.1")]
    public void IsPrivateOrSpecial_PrivateLoopbackMetadata_True(string address)
    {
        Assert.True(NetworkAddressPolicy.IsPrivateOrSpecial(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("203.162.4.190")]
    [InlineData("2001:4860:4860::8888")]
    public void IsPrivateOrSpecial_PublicAddress_False(string address)
    {
        Assert.False(NetworkAddressPolicy.IsPrivateOrSpecial(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("169.254.169.254")]
    [InlineData("169.254.0.1")]
    [InlineData("fe80::1")]
    [InlineData("fe80::1%2")]
    [InlineData("febf::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("100.100.100.200")]
    [InlineData("192.0.0.192")]
    [InlineData("168.63.129.16")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("2002:a9fe:a9fe::1")]
    public void IsNeverAllowed_LinkLocalOrMetadata_True(string address)
    {
        var parsed = IPAddress.Parse(address);

        Assert.True(NetworkAddressPolicy.IsNeverAllowed(parsed));
        Assert.True(NetworkAddressPolicy.IsPrivateOrSpecial(parsed));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.0.0.5")]
    [InlineData("192.168.1.20")]
    [InlineData("172.20.0.3")]
    [InlineData("::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("8.8.8.8")]
    [InlineData("169.253.1.1")]
    [InlineData("fec0::1")]
    public void IsNeverAllowed_LoopbackLanOrPublic_False(string address)
    {
        Assert.False(NetworkAddressPolicy.IsNeverAllowed(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("64:ff9b::a00:1")]
    [InlineData("2002:c0a8:101::1")]
    public void IsPrivateOrSpecial_PrivateAddressInsideIPv6_True(string address)
    {
        Assert.True(NetworkAddressPolicy.IsPrivateOrSpecial(IPAddress.Parse(address)));
    }
}
