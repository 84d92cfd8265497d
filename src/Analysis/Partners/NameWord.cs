namespace Pipeline.Analysis.Partners;

/// <summary>One word of running text as institution names are read: its letters without surrounding punctuation.</summary>
/// <param name="Text">The word, without leading brackets or quotes and trailing punctuation; a lone dash is a word.</param>
/// <param name="Start">Offset of <paramref name="Text"/> in the text.</param>
/// <param name="EndsClause">Punctuation or a line break follows: a name does not run past it.</param>
/// <param name="OpensGroup">A bracket or quote precedes it.</param>
internal readonly record struct NameWord(string Text, int Start, bool EndsClause, bool OpensGroup)
{
    /// <summary>Offset just past the word.</summary>
    public int End => Start + Text.Length;

    /// <summary>Starts with a capital letter or a digit, as words of a proper name do.</summary>
    public bool IsCapitalised => Text.Length > 0 && (char.IsUpper(Text[0]) || char.IsDigit(Text[0]));

    /// <summary>A dash between two parts of a name ("Lào - Việt Nam", "Răng - Hàm - Mặt").</summary>
    public bool IsDash => Text is "-" or "–";
}
