namespace Pipeline.Telemetry;

/// <summary>The one meter name every Pipeline instrument uses, whichever library records it.</summary>
public static class PipelineMeter
{
    /// <summary>"Pipeline": what a metrics listener subscribes to.</summary>
    public const string Name = "Pipeline";
}
