namespace Pipeline.Fuzz;

/// <summary>One kind of untrusted input and the product entry point that reads it.</summary>
/// <param name="Name">The name <c>scripts/fuzz.sh</c> takes.</param>
/// <param name="Run">Feeds one input to the product; it throws only for a finding (an unexpected exception or a broken invariant).</param>
/// <param name="Seeds">Small valid inputs of this kind, written by us, keyed by file name.</param>
/// <param name="Tokens">Words of the format for afl's dictionary (-x), so mutations reach its keywords.</param>
internal sealed record FuzzTarget(
    string Name,
    Action<byte[]> Run,
    IReadOnlyDictionary<string, byte[]> Seeds,
    IReadOnlyList<string> Tokens);
