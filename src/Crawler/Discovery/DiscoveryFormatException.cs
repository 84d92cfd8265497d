namespace Pipeline.Crawler.Discovery;

/// <summary>A feed or sitemap that cannot be read; the message says what and where.</summary>
public sealed class DiscoveryFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DiscoveryFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public DiscoveryFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The parser's error.</param>
    public DiscoveryFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
