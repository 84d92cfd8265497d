namespace Pipeline.Indexer.Search;

/// <summary>A query the searcher will not run; the message is meant for the person who typed it.</summary>
public sealed class SearchQueryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SearchQueryException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong with the query.</param>
    public SearchQueryException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong with the query.</param>
    /// <param name="innerException">The parser's error.</param>
    public SearchQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
