namespace Pipeline.Storage;

/// <summary>The store is missing, damaged, from a newer version, or cannot be written; the message says what to do.</summary>
public sealed class StorageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StorageException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public StorageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The database error.</param>
    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
