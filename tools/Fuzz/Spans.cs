namespace Pipeline.Fuzz;

/// <summary>The analysis promises that every fact's span is the text at its offset; a fact that breaks it is a finding.</summary>
internal static class Spans
{
    public static void Check(string text, string what, string span, int start)
    {
        if (start < 0 || start > text.Length - span.Length || string.CompareOrdinal(text, start, span, 0, span.Length) != 0)
        {
            throw new FindingException($"{what} span \"{span}\" at {start} is not the text there (text length {text.Length}).");
        }
    }
}
