namespace Pipeline.Storage.Tests.Contracts;

/// <summary>One provider's database for a store contract: opened through <see cref="StoreFactory"/>, as the host opens it.</summary>
public abstract class StoreTarget : IAsyncDisposable
{
    /// <summary>Opens the stores (the same database on every call).</summary>
    /// <param name="clock">The clock the stores stamp with.</param>
    /// <param name="create">False to require a database some earlier open created.</param>
    /// <returns>The stores.</returns>
    internal abstract Task<PipelineStores> OpenAsync(TimeProvider clock, bool create = true);

    /// <summary>The first column of the first row of <paramref name="sql"/>; NULL as null, whole numbers as long.</summary>
    /// <param name="sql">A query in SQL both providers read alike.</param>
    /// <returns>The value.</returns>
    public abstract Task<object?> ScalarAsync(string sql);

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();

    /// <summary>The value as the contracts compare it, whichever driver read it.</summary>
    /// <param name="value">What the driver returned.</param>
    /// <returns>null for NULL, long for whole numbers, the value otherwise.</returns>
    protected static object? Normalise(object? value) => value switch
    {
        DBNull => null,
        int i => (long)i,
        short s => (long)s,
        _ => value,
    };
}
