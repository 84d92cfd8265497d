using System.Buffers;
using System.Text;

namespace Pipeline.Crawler.Fetching;

/// <summary>
/// How the non-ASCII part of a body reads as UTF-8: how many multi-byte sequences are valid and how many are
/// invalid (each maximal invalid subpart counts once, as the decoder replaces it with one U+FFFD).
/// </summary>
/// <remarks>
/// The verdict compares invalid sequences with all non-ASCII sequences, not with the body's size: markup, scripts
/// and styles are ASCII in either encoding, so a count per kilobyte would depend on how much markup surrounds the
/// article, while the share among non-ASCII sequences measures the text alone. The two kinds of page sit at
/// opposite ends of that share. In genuine UTF-8 nearly every non-ASCII sequence is valid: a stray byte, a cut
/// character or a pasted snippet in another encoding stays a small minority. In a single-byte legacy page
/// (windows-1258 Vietnamese: "ê" is 0xEA, the dot below 0xF2) a high byte is valid UTF-8 only when the bytes after
/// it happen to be continuation bytes (0x80–0xBF, mostly punctuation and symbols there), so nearly every sequence
/// is invalid. A boundary at half is therefore far from both and needs no tuning; it is also what "most" means.
/// </remarks>
/// <param name="Valid">Valid multi-byte sequences (non-ASCII characters).</param>
/// <param name="Invalid">Invalid sequences.</param>
internal readonly record struct Utf8Census(int Valid, int Invalid)
{
    /// <summary>The share of invalid sequences among non-ASCII sequences above which a body is not UTF-8.</summary>
    public const double MaxInvalidShare = 0.5;

    /// <summary>More than <see cref="MaxInvalidShare"/> of the non-ASCII sequences are invalid: the body is not UTF-8.</summary>
    public bool MostlyInvalid => Invalid > MaxInvalidShare * (Valid + Invalid);

    /// <summary>The body has non-ASCII text and at most <see cref="MaxInvalidShare"/> of it is invalid: the body is UTF-8.</summary>
    /// <remarks>Plain ASCII is not evidence either way, so a declared legacy charset stands for it.</remarks>
    public bool LooksLikeUtf8 => Valid > 0 && !MostlyInvalid;

    /// <summary>Counts valid and invalid sequences in one pass; ASCII runs are skipped vectorised.</summary>
    /// <param name="bytes">The body, without a trailing sequence cut at the size limit (see <see cref="IncompleteTail"/>).</param>
    /// <returns>The census.</returns>
    public static Utf8Census Of(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, position = 0;
        while (position < bytes.Length)
        {
            var ascii = bytes[position..].IndexOfAnyExceptInRange((byte)0x00, (byte)0x7F);
            if (ascii < 0)
            {
                break;
            }

            position += ascii;
            var status = Rune.DecodeFromUtf8(bytes[position..], out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid++;
            }

            position += consumed;
        }

        return new Utf8Census(valid, invalid);
    }

    /// <summary>The length of an incomplete but so far valid sequence at the end: a character cut off by the size limit.</summary>
    /// <param name="bytes">The body.</param>
    /// <returns>0 to 3 bytes.</returns>
    public static int IncompleteTail(ReadOnlySpan<byte> bytes)
    {
        // A UTF-8 character is at most four bytes, so the lead byte of a cut one is among the last three.
        for (var length = 1; length <= Math.Min(3, bytes.Length); length++)
        {
            var b = bytes[^length];
            if (b is >= 0x80 and < 0xC0)
            {
                continue;
            }

            return b >= 0xC0 && Rune.DecodeFromUtf8(bytes[^length..], out _, out var consumed) == OperationStatus.NeedMoreData && consumed == length
                ? length
                : 0;
        }

        return 0;
    }
}
