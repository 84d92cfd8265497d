using Pipeline.Configuration;
using Pipeline.Storage;

namespace Pipeline.Composition;

/// <summary>
/// The configured database of one process, opened once: opening is asynchronous (migrations, a server round trip),
/// so a command or host opens it at start with the access it needs, after which the stores resolve as services.
/// </summary>
public sealed class StoreConnection
{
    private readonly StoreOptions? options;

    private readonly DataDirectory? data;

    private readonly TimeProvider? timeProvider;

    private PipelineStores? stores;

    /// <summary>Creates a connection that opens the configured database on first use.</summary>
    /// <param name="settings">Validated settings: which provider, and the data directory SQLite's file is in.</param>
    /// <param name="data">The data directory.</param>
    /// <param name="timeProvider">The clock that stamps migrations and updates.</param>
    public StoreConnection(PipelineSettings settings, DataDirectory data, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(settings);
        options = settings.Store;
        this.data = data ?? throw new ArgumentNullException(nameof(data));
        this.timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    private StoreConnection(PipelineStores stores) => this.stores = stores;

    /// <summary>The stores, once <see cref="OpenAsync"/> has opened them.</summary>
    /// <exception cref="InvalidOperationException">The database has not been opened yet.</exception>
    public PipelineStores Stores => stores ?? throw new InvalidOperationException("The stores are resolved before the database was opened: call StoreConnection.OpenAsync at start.");

    /// <summary>Whether the database is open.</summary>
    public bool IsOpen => stores is not null;

    /// <summary>A connection over stores a host has already opened.</summary>
    /// <param name="stores">The open stores.</param>
    /// <returns>The connection.</returns>
    public static StoreConnection Of(PipelineStores stores) => new(stores ?? throw new ArgumentNullException(nameof(stores)));

    /// <summary>
    /// Opens the database the first time (and, unless reading, migrates it); later calls return the same stores. Call
    /// it at start, before the stores are shared between threads.
    /// </summary>
    /// <param name="access">Create, require existing, or read; the first call's access is the one used.</param>
    /// <param name="cancellationToken">Stops the open.</param>
    /// <returns>The stores.</returns>
    /// <exception cref="StorageException">Missing, damaged, newer than this program, or unreachable.</exception>
    public async Task<PipelineStores> OpenAsync(StoreAccess access, CancellationToken cancellationToken = default)
    {
        return stores ??= await StoreFactory.OpenAsync(options!, data!, access, timeProvider!, cancellationToken);
    }
}
