namespace Pipeline.Demo;

/// <summary>A prepared response of the demo site.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="ContentType">Content-Type header, with charset.</param>
/// <param name="Body">The encoded body.</param>
/// <param name="Location">Redirect target, for 3xx.</param>
internal sealed record DemoResponse(int Status, string ContentType, byte[] Body, string? Location = null);
