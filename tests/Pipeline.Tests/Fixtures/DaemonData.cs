using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Microsoft.Data.Sqlite;
using Pipeline.Storage;

namespace Pipeline.Tests.Fixtures;

/// <summary>A data directory, configuration and sources file for a daemon child process, and read-only looks into what it wrote.</summary>
internal sealed class DaemonData(TempDirectory temp)
{
    public DataDirectory Data { get; } = new(temp.Combine("data"));

    /// <summary>Writes the configuration and sources file; returns the daemon's arguments.</summary>
    public async Task<string[]> PrepareAsync(Uri feed, bool runNow, string stopGrace = "00:00:15")
    {
        var config = temp.Combine("pipeline.json");
        await File.WriteAllTextAsync(config, $$"""
            { "LogLevel": "Information", "Crawl": { "DefaultDelay": "00:00:00" }, "Schedule": { "HealthPort": 0, "StopGrace": "{{stopGrace}}" } }
            """);
        var sources = temp.Combine("sources.json");
        await File.WriteAllTextAsync(sources, SlowNews.SourcesJson(feed));
        string[] args = ["schedule", "--sources", sources, "--data-dir", Data.Root, "--config", config];
        return runNow ? [.. args, "--run-now"] : args;
    }

    public int Scalar(string sql)
    {
        if (!File.Exists(Data.DatabasePath))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={Data.DatabasePath};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt32(command.ExecuteScalar() ?? 0, CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            // The schema may not exist yet in the first instants of the daemon.
            return 0;
        }
    }

    public string? Text(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Data.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }

    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, DaemonProcess daemon, string what)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(stopwatch.Elapsed < timeout, $"{what} did not happen in time:\n{daemon.Output}");
            await Task.Delay(50);
        }
    }

    /// <summary>Lucene's own full check of the index: every segment, every field, every posting.</summary>
    public bool IndexIsClean()
    {
        using var directory = Pipeline.Indexer.Storage.PositionalReadDirectory.At(Data.IndexPath);
        var check = new CheckIndex(directory);
        return check.DoCheckIndex().Clean;
    }
}
