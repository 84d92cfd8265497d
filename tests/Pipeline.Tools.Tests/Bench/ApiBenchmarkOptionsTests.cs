using Pipeline.Bench;

namespace Pipeline.Tools.Tests.Bench;

public sealed class ApiBenchmarkOptionsTests
{
    [Fact]
    public void Problems_Defaults_NoneAndTheDocumentedValues()
    {
        var options = new ApiBenchmarkOptions();

        Assert.Empty(options.Problems());
        Assert.Equal([0.25, 0.50, 0.80], options.Loads);
        Assert.Equal(TimeSpan.FromSeconds(20), options.Duration);
        Assert.Equal(100_000, options.Articles);
    }

    [Theory]
    [InlineData("--articles")]
    [InlineData("--clients")]
    [InlineData("--duration")]
    [InlineData("--warm-up")]
    [InlineData("--loads")]
    [InlineData("--max-connections")]
    public void Problems_OneValueOutOfRange_NamesItsFlag(string flag)
    {
        var options = flag switch
        {
            "--articles" => new ApiBenchmarkOptions { Articles = 999 },
            "--clients" => new ApiBenchmarkOptions { Clients = 0 },
            "--duration" => new ApiBenchmarkOptions { Duration = TimeSpan.FromSeconds(1) },
            "--warm-up" => new ApiBenchmarkOptions { WarmUp = TimeSpan.FromSeconds(301) },
            "--loads" => new ApiBenchmarkOptions { Loads = [0.25, 0] },
            _ => new ApiBenchmarkOptions { MaxConnections = 0 },
        };

        var problem = Assert.Single(options.Problems());

        Assert.Contains(flag, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_SeveralValuesOutOfRange_ListsEveryOne()
    {
        var options = new ApiBenchmarkOptions { Clients = 501, Loads = [], Drain = TimeSpan.Zero, QueriesPerKind = 0 };

        Assert.Equal(4, options.Problems().Count);
    }

    [Fact]
    public void Validate_LoadAboveOneAndAHalf_ThrowsArgumentException()
    {
        var options = new ApiBenchmarkOptions { Loads = [1.6] };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains("1.6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_InvalidOptions_ThrowsBeforeCreatingTheWorkDirectory()
    {
        using var work = new TempDirectory();
        var options = new ApiBenchmarkOptions { Clients = 0, WorkDirectory = Path.Combine(work.Path, "bench") };

        await Assert.ThrowsAsync<ArgumentException>(() => ApiBenchmark.RunAsync(options, TimeProvider.System, _ => { }));

        Assert.False(Directory.Exists(options.WorkDirectory));
    }
}
