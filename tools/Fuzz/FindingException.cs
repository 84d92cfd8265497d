namespace Pipeline.Fuzz;

/// <summary>A broken invariant: the product answered without throwing, but the answer is wrong. afl records it as a crash.</summary>
internal sealed class FindingException : Exception
{
    public FindingException()
    {
    }

    public FindingException(string message)
        : base(message)
    {
    }

    public FindingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
