namespace Pipeline.Crawler.Fetching;

/// <summary>Why <see cref="CharsetDecoder"/> decoded a body with the charset it used.</summary>
public enum CharsetReason
{
    /// <summary>A byte-order mark named the encoding; it wins over any declaration.</summary>
    ByteOrderMark,

    /// <summary>The declared charset (Content-Type, else &lt;meta&gt;) fitted the body and was used.</summary>
    Declared,

    /// <summary>UTF-8 was declared but most non-ASCII sequences are invalid UTF-8; a later declaration or detection decided.</summary>
    DeclaredUtf8MostlyInvalid,

    /// <summary>A legacy charset was declared but the body is mostly valid UTF-8 with non-ASCII text; decoded as UTF-8.</summary>
    DeclaredLegacyLooksLikeUtf8,

    /// <summary>No usable declaration; the body is mostly valid UTF-8 (or plain ASCII).</summary>
    UndeclaredUtf8,

    /// <summary>No usable declaration and the body is not UTF-8; the detector decided (windows-1258 when it was unsure).</summary>
    UndeclaredDetected,

    /// <summary>The body was empty; nothing was decoded.</summary>
    EmptyBody,
}
