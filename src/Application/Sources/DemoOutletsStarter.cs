namespace Pipeline.Sources;

/// <summary>Starts serving the bundled demo outlets; the host supplies it, since the demo site is one of its tools.</summary>
/// <param name="cancellationToken">Stops the start.</param>
/// <returns>The outlets being served; dispose them to stop.</returns>
public delegate Task<IDemoOutlets> DemoOutletsStarter(CancellationToken cancellationToken);
