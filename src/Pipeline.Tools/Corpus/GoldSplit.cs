using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Corpus;

/// <summary>
/// The fixed train/dev/test split of the gold corpus, decided by the first byte of SHA-256 of the slug:
/// below 77 (30%) test, below 115 (15%) dev, the rest (55%) train. Adding articles never moves old ones.
/// </summary>
public static class GoldSplit
{
    /// <summary>The split names.</summary>
    public static readonly string[] Names = ["train", "dev", "test"];

    /// <summary>The split an article belongs to.</summary>
    /// <param name="slug">The article's slug.</param>
    /// <returns>"train", "dev" or "test".</returns>
    public static string Of(string slug)
    {
        var first = SHA256.HashData(Encoding.UTF8.GetBytes(slug))[0];
        return first < 77 ? "test" : first < 115 ? "dev" : "train";
    }
}
