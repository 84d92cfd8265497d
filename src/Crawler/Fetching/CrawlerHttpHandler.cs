using System.Net;
using System.Net.Sockets;

namespace Pipeline.Crawler.Fetching;

/// <summary>
/// Builds the crawler's socket handler. Addresses are checked where the connection is made, so
/// redirects and DNS answers cannot lead the crawler into a private network unless the source allows it,
/// nor to link-local and cloud-metadata addresses even then.
/// </summary>
public static class CrawlerHttpHandler
{
    /// <summary>The request option that lets one request reach loopback and private addresses.</summary>
    public static readonly HttpRequestOptionsKey<bool> AllowPrivateNetwork = new("Pipeline.AllowPrivateNetwork");

    /// <summary>Creates the handler.</summary>
    /// <param name="options">Timeouts and redirect limit.</param>
    /// <param name="hostOverrides">Host names answered without DNS (the demo's virtual outlets, test sites); may be empty.</param>
    /// <returns>A handler to give to one long-lived <see cref="HttpClient"/>.</returns>
    public static SocketsHttpHandler Create(FetcherOptions options, IReadOnlyDictionary<string, IPEndPoint>? hostOverrides = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var overrides = hostOverrides ?? new Dictionary<string, IPEndPoint>();
        return new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = options.MaxRedirects > 0,
            MaxAutomaticRedirections = Math.Max(1, options.MaxRedirects),
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            UseCookies = false,
            ConnectCallback = (context, cancellationToken) => ConnectAsync(context, overrides, cancellationToken),
        };
    }

    private static async ValueTask<Stream> ConnectAsync(
        SocketsHttpConnectionContext context,
        IReadOnlyDictionary<string, IPEndPoint> overrides,
        CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        IPEndPoint[] candidates;
        if (overrides.TryGetValue(host, out var fixedEndPoint))
        {
            candidates = [fixedEndPoint];
        }
        else
        {
            var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
            candidates = addresses.Select(a => new IPEndPoint(a, context.DnsEndPoint.Port)).ToArray();
        }

        var allowPrivate = context.InitialRequestMessage.Options.TryGetValue(AllowPrivateNetwork, out var allowed) && allowed;
        var permitted = allowPrivate
            ? candidates.Where(c => !NetworkAddressPolicy.IsNeverAllowed(c.Address)).ToArray()
            : candidates.Where(c => !NetworkAddressPolicy.IsPrivateOrSpecial(c.Address)).ToArray();
        if (permitted.Length == 0)
        {
            throw new BlockedAddressException(allowPrivate
                ? $"{host} resolves only to link-local or cloud-metadata addresses, which no source may reach."
                : $"{host} resolves only to private or special addresses, which this source may not reach.");
        }

        SocketException? last = null;
        foreach (var endPoint in permitted)
        {
            var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(endPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw new HttpRequestException(HttpRequestError.ConnectionError, $"Could not connect to {host}: {last?.Message}", last);
    }
}
