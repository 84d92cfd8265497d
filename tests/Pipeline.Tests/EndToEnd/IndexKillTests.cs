using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Microsoft.Data.Sqlite;
using Pipeline.Indexer.Search;
using Pipeline.Tests.Fixtures;
using Pipeline.Storage;

namespace Pipeline.Tests.EndToEnd;

/// <summary>kill -9 of a real <c>pipeline index</c> process between and during commits, then a restart: the index opens, is clean, and catches up.</summary>
[Trait("Category", "Slow")]
public sealed class IndexKillTests : IDisposable
{
    private const int Articles = 4_000;

    private readonly TempDirectory data = new();

    [Fact]
    public async Task Index_KilledMidRunThenRestarted_CleanAndCaughtUpWithStore()
    {
        var directory = new DataDirectory(data.Path);
        await FillStoreAsync(directory.DatabasePath);
        string[] args = ["index", "--batch-size", "25", "--json", "--data-dir", data.Path];

        using (var first = DaemonProcess.Start(args))
        {
            await WaitUntilAsync(() => CommittedSequence(directory.IndexPath) >= 100, first, TimeSpan.FromSeconds(120));
            await first.KillAsync();
        }

        var atKill = CommittedSequence(directory.IndexPath);
        Assert.InRange(atKill, 100, Articles - 1);
        AssertClean(directory.IndexPath);
        using (var searcher = ArticleSearcher.Open(directory.IndexPath))
        {
            // Batches are committed in store order, so the last commit holds exactly the articles up to its sequence.
            Assert.Equal(searcher.CommittedSequence, searcher.Count);
        }

        using (var second = DaemonProcess.Start(args))
        {
            Assert.True(await second.WaitForExitAsync(TimeSpan.FromSeconds(180)), "pipeline index did not finish:\n" + second.Output);
            Assert.True(second.ExitCode == 0, second.Output);
        }

        AssertClean(directory.IndexPath);
        using var caughtUp = ArticleSearcher.Open(directory.IndexPath);
        Assert.Equal(Articles, caughtUp.CommittedSequence);
        Assert.Equal(Articles, caughtUp.Count);
        Assert.True(caughtUp.Contains("a00000") && caughtUp.Contains("a03999"));
    }

    public void Dispose() => data.Dispose();

    private static void AssertClean(string indexPath)
    {
        using var directory = Pipeline.Indexer.Storage.PositionalReadDirectory.At(indexPath);
        var status = new CheckIndex(directory).DoCheckIndex();
        Assert.True(status.Clean, $"CheckIndex: {status.NumBadSegments} bad segments");
    }

    private static long CommittedSequence(string indexPath)
    {
        try
        {
            if (!ArticleSearcher.Exists(indexPath))
            {
                return 0;
            }

            using var searcher = ArticleSearcher.Open(indexPath);
            return searcher.CommittedSequence;
        }
        catch (Exception ex) when (ex is IOException or Pipeline.Indexer.IndexUnavailableException)
        {
            // The writer may be replacing the commit point at this very instant.
            return 0;
        }
    }

    private static async Task FillStoreAsync(string databasePath)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        var database = await PipelineDatabase.OpenAsync(databasePath, create: true, TimeProvider.System);
        await using var connection = await database.OpenConnectionAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO articles (id, seq, source, url, canonical_url, outlet, title, lead, body, paragraphs, published, authors, content_hash, fetched_at, updated_at)
            VALUES ($id, $seq, 'test', $url, $url, 'Báo Thử', $title, NULL, $body, '[]', '2025-06-01T08:00:00+07:00', '[]', $id, '2025-06-01T01:00:00Z', '2025-06-01T01:00:00Z')
            """;
        foreach (var name in new[] { "$id", "$seq", "$url", "$title", "$body" })
        {
            insert.Parameters.Add(new SqliteParameter(name, null));
        }

        for (var i = 0; i < Articles; i++)
        {
            insert.Parameters["$id"].Value = "a" + i.ToString("D5", CultureInfo.InvariantCulture);
            insert.Parameters["$seq"].Value = i + 1;
            insert.Parameters["$url"].Value = $"https://bao-thu.vn/bai-{i}.htm";
            insert.Parameters["$title"].Value = $"Bài số {i} về hợp tác y tế với đối tác nước ngoài";
            insert.Parameters["$body"].Value = string.Join('\n', Enumerable.Range(0, 8).Select(p =>
                $"Đoạn {p} của bài {i}: bệnh viện tỉnh và đối tác nước ngoài ký kết chương trình đào tạo bác sĩ trẻ, chuyển giao kỹ thuật mới và tiếp nhận {i + p} thiết bị."));
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        SqliteConnection.ClearAllPools();
    }

    private static async Task WaitUntilAsync(Func<bool> condition, DaemonProcess process, TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.False(process.HasExited, "pipeline index ended before it could be killed:\n" + process.Output);
            Assert.True(stopwatch.Elapsed < timeout, "the indexing did not make progress in time");
            await Task.Delay(20);
        }
    }
}
