namespace Pipeline.Bench;

/// <summary>What <c>bench index</c> measured for one engine.</summary>
/// <param name="Engine">"lucene" (ours) or "sqlite-fts5".</param>
/// <param name="BuildSeconds">Time to index every article and commit.</param>
/// <param name="ArticlesPerSecond">Articles indexed per second.</param>
/// <param name="BuildCpuSeconds">Processor time the build took over all threads; unlike the wall time it hardly moves when other work shares the machine.</param>
/// <param name="ArticlesPerCpuSecond">Articles indexed per second of processor time: the rate of one core with the machine to itself.</param>
/// <param name="SizeBytes">Size on disk after the commit.</param>
/// <param name="Latency">Latency per kind of query.</param>
/// <param name="NdcgAt10">Mean nDCG@10 on the judged queries over the gold corpus.</param>
/// <param name="RecallAt10">Mean recall@10 on the judged queries.</param>
public sealed record EngineFigures(
    string Engine,
    double BuildSeconds,
    double ArticlesPerSecond,
    double BuildCpuSeconds,
    double ArticlesPerCpuSecond,
    long SizeBytes,
    IReadOnlyList<LatencyFigures> Latency,
    double NdcgAt10,
    double RecallAt10);
