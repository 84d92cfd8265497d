using Microsoft.Extensions.Logging;

namespace Pipeline.Tests.Fixtures;

/// <summary>Keeps every log entry of every logger it creates, with its category and structured properties.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly List<(string Category, LogLevel Level, EventId Id, IReadOnlyDictionary<string, object?> Properties)> entries = [];

    public IReadOnlyList<(string Category, LogLevel Level, EventId Id, IReadOnlyDictionary<string, object?> Properties)> Entries
    {
        get
        {
            lock (entries)
            {
                return [.. entries];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, this);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, RecordingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)
                : new Dictionary<string, object?>(StringComparer.Ordinal);
            lock (owner.entries)
            {
                owner.entries.Add((category, logLevel, eventId, properties));
            }
        }
    }
}
