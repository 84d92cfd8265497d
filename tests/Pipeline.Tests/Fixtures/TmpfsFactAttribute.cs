namespace Pipeline.Tests.Fixtures;

/// <summary>A fact that mounts a <see cref="Tmpfs"/>: skipped, with the reason, where mounting is not permitted.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class TmpfsFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    public TmpfsFactAttribute() => Skip = Tmpfs.SkipReason;
}
