using System.Numerics;
using Pipeline.Text;

namespace Pipeline.Analysis.Trends;

/// <summary>
/// A 64-bit SimHash of a text's word trigrams (lowercase, NFC), so that copies of one story republished with small
/// edits (another title, a source line, a trimmed paragraph) have signatures a few bits apart while different stories
/// differ in about half their bits. The hash is FNV-1a: stable across runs and machines, unlike string.GetHashCode.
/// </summary>
public static class StorySignature
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>The signature of a text.</summary>
    /// <param name="text">The analysed text (lead and body).</param>
    /// <returns>The signature; 0 for a text without words.</returns>
    public static long Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = SyllableTokenizer.Tokenize(VietnameseNormalizer.Normalize(text))
            .Select(t => t.Text.ToLowerInvariant())
            .ToList();
        if (words.Count == 0)
        {
            return 0;
        }

        Span<int> weights = stackalloc int[64];
        var shingles = Math.Max(1, words.Count - 2);
        for (var i = 0; i < shingles; i++)
        {
            var hash = Hash(words, i, Math.Min(3, words.Count - i));
            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
            }
        }

        ulong signature = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                signature |= 1UL << bit;
            }
        }

        return unchecked((long)signature);
    }

    /// <summary>How many bits two signatures differ in (0 to 64).</summary>
    /// <param name="a">A signature.</param>
    /// <param name="b">Another signature.</param>
    /// <returns>The Hamming distance.</returns>
    public static int Distance(long a, long b) => BitOperations.PopCount(unchecked((ulong)(a ^ b)));

    private static ulong Hash(List<string> words, int start, int count)
    {
        var hash = FnvOffset;
        Span<byte> buffer = stackalloc byte[4];
        for (var w = start; w < start + count; w++)
        {
            foreach (var rune in words[w].EnumerateRunes())
            {
                var length = rune.EncodeToUtf8(buffer);
                for (var b = 0; b < length; b++)
                {
                    hash = (hash ^ buffer[b]) * FnvPrime;
                }
            }

            hash = (hash ^ (byte)' ') * FnvPrime;
        }

        // FNV's low bits mix poorly for short inputs: a final avalanche spreads every input bit over all 64.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccd;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9a53fe1a85b;
        hash ^= hash >> 33;
        return hash;
    }
}
