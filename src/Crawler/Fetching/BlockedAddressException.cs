namespace Pipeline.Crawler.Fetching;

/// <summary>A connection refused because the host resolves only to addresses the source may not reach.</summary>
public sealed class BlockedAddressException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BlockedAddressException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">Which host and why.</param>
    public BlockedAddressException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">Which host and why.</param>
    /// <param name="innerException">The cause.</param>
    public BlockedAddressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
