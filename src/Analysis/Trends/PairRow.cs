namespace Pipeline.Analysis.Trends;

/// <summary>Two participants named in the same articles; (RoleA, KeyA) sorts before (RoleB, KeyB).</summary>
/// <param name="RoleA">The first participant's role.</param>
/// <param name="KeyA">The first participant's key.</param>
/// <param name="RoleB">The second participant's role.</param>
/// <param name="KeyB">The second participant's key.</param>
/// <param name="Articles">Articles naming both.</param>
/// <param name="First">First publication day among them.</param>
/// <param name="Last">Last publication day among them.</param>
public sealed record PairRow(string RoleA, string KeyA, string RoleB, string KeyB, int Articles, DateOnly First, DateOnly Last);
