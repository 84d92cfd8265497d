namespace Pipeline.Indexer;

/// <summary>The index is missing, damaged or locked; the message says which and where.</summary>
public sealed class IndexUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public IndexUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public IndexUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">Lucene's error.</param>
    public IndexUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
