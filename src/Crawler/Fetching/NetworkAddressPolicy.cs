using System.Net;
using System.Net.Sockets;

namespace Pipeline.Crawler.Fetching;

/// <summary>Which addresses a crawler on the open internet must never reach.</summary>
public static class NetworkAddressPolicy
{
    // Instance metadata services answer with credentials; they live on link-local addresses or on these.
    private static readonly IPAddress[] MetadataAddresses =
    [
        IPAddress.Parse("169.254.169.254"), // AWS, Google Cloud, Azure, OpenStack, DigitalOcean, Oracle
        IPAddress.Parse("fd00:ec2::254"), // AWS over IPv6
        IPAddress.Parse("100.100.100.200"), // Alibaba Cloud
        IPAddress.Parse("192.0.0.192"), // Oracle Cloud (classic)
        IPAddress.Parse("168.63.129.16"), // Azure host services
    ];

    /// <summary>True for loopback, private, link-local, multicast, unspecified, carrier-grade NAT and cloud-metadata addresses.</summary>
    /// <param name="address">An IPv4 or IPv6 address.</param>
    /// <returns>Whether the address is off limits by default.</returns>
    public static bool IsPrivateOrSpecial(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        address = EmbeddedIPv4(address) ?? address;
        if (IsNeverAllowed(address) || IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
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

        return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal;
    }

    /// <summary>
    /// True for addresses no source may reach, not even one allowed onto loopback and the LAN: link-local
    /// (169.254.0.0/16, fe80::/10) and the cloud instance-metadata services, which hand out credentials.
    /// </summary>
    /// <param name="address">An IPv4 or IPv6 address.</param>
    /// <returns>Whether the address is refused whatever the source allows.</returns>
    public static bool IsNeverAllowed(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        address = EmbeddedIPv4(address) ?? address;
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            if (b[0] == 169 && b[1] == 254)
            {
                return true;
            }
        }
        else if (address.IsIPv6LinkLocal)
        {
            return true;
        }

        var plain = address.AddressFamily != AddressFamily.InterNetworkV6 || address.ScopeId == 0 ? address : new IPAddress(address.GetAddressBytes());
        return Array.Exists(MetadataAddresses, plain.Equals);
    }

    /// <summary>The IPv4 address inside an IPv4-mapped, NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address, which reach it.</summary>
    private static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        var b = address.GetAddressBytes();
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
        {
            return new IPAddress(b.AsSpan(12, 4));
        }

        return b[0] == 0x20 && b[1] == 0x02 ? new IPAddress(b.AsSpan(2, 4)) : null;
    }
}
