namespace Pipeline.Tools.Tests;

/// <summary>Tests that measure time run alone, so that other tests do not share their processor time.</summary>
[CollectionDefinition(nameof(SerialTiming), DisableParallelization = true)]
public sealed class SerialTiming;
