namespace Pipeline.Evaluation;

/// <summary>The outcome of matching one article's predicted facts against its gold facts.</summary>
/// <typeparam name="T">The fact type.</typeparam>
/// <param name="Matched">Predictions that matched a gold fact (true positives).</param>
/// <param name="Spurious">Predictions with no gold fact (false positives).</param>
/// <param name="Missed">Gold facts no prediction matched (false negatives).</param>
internal sealed record FactMatch<T>(int Matched, IReadOnlyList<T> Spurious, IReadOnlyList<T> Missed)
{
    public (int Tp, int Fp, int Fn) Counts => (Matched, Spurious.Count, Missed.Count);
}
