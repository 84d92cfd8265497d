using System.Net;
using System.Net.Sockets;

namespace Pipeline.Crawler.Fetching;

/// <summary>Which addresses a crawler on the open internet must never reach.</summary>
public static class NetworkAddressPolicy
{
    /// <summary>True for loopback, private, link-local, multicast, unspecified, carrier-grade NAT and cloud-metadata addresses.</summary>
    /// <param name="address">An IPv4 or IPv6 address.</param>
    /// <returns>Whether the address is off limits by default.</returns>
    public static bool IsPrivateOrSpecial(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 or 10 or 127 => true,
                100 => b[1] >= 64 && b[1] <= 127,
                169 => b[1] == 254,
                172 => b[1] >= 16 && b[1] <= 31,
                192 => (b[1] == 168) || (b[1] == 0 && b[2] == 0) || (b[1] == 0 && b[2] == 2),
                198 => b[1] == 18 || b[1] == 19,
                >= 224 => true,
                _ => false,
            };
        }

        var bytes = address.GetAddressBytes();
        return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal
            || (bytes[0] == 0xFD && bytes[1] == 0x00 && bytes[2] == 0x0E && bytes[3] == 0xC2);
    }
}
