using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Corpus;

/// <summary>
/// The fixed dev/test split of an external annotated corpus (such as real-dev): the first byte of SHA-256 of the
/// id, below 128 test, else dev. Half of a small corpus is kept for reporting; adding texts never moves old ones.
/// </summary>
internal static class RealDevSplit
{
    /// <summary>The split names.</summary>
    public static readonly string[] Names = ["dev", "test"];

    /// <summary>The split a text belongs to.</summary>
    /// <param name="id">The text's id.</param>
    /// <returns>"dev" or "test".</returns>
    public static string Of(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return SHA256.HashData(Encoding.UTF8.GetBytes(id))[0] < 128 ? "test" : "dev";
    }
}
