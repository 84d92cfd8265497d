using Pipeline.Analysis.Facts;
using Pipeline.Storage;
using Pipeline.Topics;

namespace Pipeline.Tests.Topics;

public sealed class TopicClassifierCacheTests
{
    [Fact]
    public void For_DataDirectoryWithoutModel_LoadsTheShippedModelOnce()
    {
        using var data = new TempDirectory();
        var cache = new TopicClassifierCache(ProductData.Shipped, new FactAnalyzer(null));

        var first = cache.For(new DataDirectory(data.Path));
        var second = cache.For(new DataDirectory(data.Path));

        Assert.Same(first, second);
        Assert.Equal(Path.GetFullPath(ProductData.Shipped.TopicModel), first.ModelPath);
    }

    [Fact]
    public void For_DamagedModelInDataDirectory_FallsBackToKeywords()
    {
        using var data = new TempDirectory();
        var directory = new DataDirectory(data.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(directory.TopicModelPath)!);
        File.WriteAllText(directory.TopicModelPath, "not a model");
        var cache = new TopicClassifierCache(ProductData.Shipped, new FactAnalyzer(null));

        var classifier = cache.For(directory);

        Assert.Null(classifier.Model);
        Assert.NotNull(classifier.Problem);
        Assert.NotEmpty(classifier.Analyze("Bệnh viện tiêm vắc xin phòng sởi cho trẻ em.", null).Topics);
    }
}
