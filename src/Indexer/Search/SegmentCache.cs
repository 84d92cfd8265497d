using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Pipeline.Indexer.Search;

/// <summary>
/// Values built once per segment and key, and dropped with the segment: they are keyed by the segment's core, so
/// every snapshot that shares the segment shares them, and the collector frees them with its last reader. Two
/// threads may build the same value at once; one of them is kept.
/// </summary>
/// <typeparam name="T">What is kept per segment and key.</typeparam>
internal sealed class SegmentCache<T>
{
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, T>> segments = new();

    /// <summary>The value of <paramref name="key"/> for the segment of <paramref name="reader"/>, built on first use.</summary>
    /// <typeparam name="TState">What <paramref name="build"/> needs besides the reader.</typeparam>
    /// <param name="reader">The segment.</param>
    /// <param name="key">Names the value within the segment.</param>
    /// <param name="build">Builds the value when the segment has none yet.</param>
    /// <param name="state">Passed to <paramref name="build"/>, so that a static lambda serves and nothing is allocated per lookup.</param>
    /// <returns>The kept value.</returns>
    public T GetOrAdd<TState>(AtomicReader reader, string key, Func<AtomicReader, TState, T> build, TState state)
    {
        var perKey = segments.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, T>(StringComparer.Ordinal));
        return perKey.TryGetValue(key, out var value) ? value : perKey.GetOrAdd(key, build(reader, state));
    }
}
