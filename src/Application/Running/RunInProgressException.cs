namespace Pipeline.Running;

/// <summary>Another process is running the pipeline on the same data directory.</summary>
public sealed class RunInProgressException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RunInProgressException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">Which directory is busy.</param>
    public RunInProgressException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">Which directory is busy.</param>
    /// <param name="innerException">The lock failure.</param>
    public RunInProgressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
