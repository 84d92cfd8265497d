namespace Pipeline.Demo;

/// <summary>One request the demo site answered.</summary>
/// <param name="Host">The outlet's host name.</param>
/// <param name="Path">The path asked for.</param>
/// <param name="Agent">The User-Agent's first word (a crawler node's product token).</param>
/// <param name="Started">When the request arrived.</param>
/// <param name="Ended">When its response was written.</param>
public sealed record DemoRequest(string Host, string Path, string Agent, DateTimeOffset Started, DateTimeOffset Ended);
