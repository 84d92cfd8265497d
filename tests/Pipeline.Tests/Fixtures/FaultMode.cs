namespace Pipeline.Tests.Fixtures;

/// <summary>How a <see cref="FaultProxy"/> degrades what the server sends back.</summary>
public enum FaultMode
{
    /// <summary>Every chunk from the server waits <see cref="FaultProxy.Latency"/> before it is passed on.</summary>
    Latency,

    /// <summary>Every other connection is reset (RST) after <see cref="FaultProxy.ResetAfterBytes"/> bytes, inside a body.</summary>
    ResetMidBody,

    /// <summary>Every byte is written and flushed on its own: the client sees one-byte reads.</summary>
    OneByteSlices,

    /// <summary>Each connection is held to <see cref="FaultProxy.BytesPerSecond"/>.</summary>
    BandwidthCap,
}
