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
}
