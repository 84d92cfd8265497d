using System.Text.Json;
using Pipeline.Output.Citations;

namespace Pipeline.Tests.Output.Citations;

/// <summary>CSL-JSON against the Citation Style Language's own schema (<see cref="CslSchema"/>).</summary>
public sealed class CslJsonWriterTests
{
    [Fact]
    public void Write_Citations_ValidateAgainstCslDataSchema()
    {
        var json = CslJsonWriter.Write(CitationSamples.All);

        var errors = CslSchema.Validate(json);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Validate_ItemOutsideTheSchema_IsRejected()
    {
        // The schema and validator are live: a misspelt type and an unknown property fail.
        var errors = CslSchema.Validate("""[{"id": "a", "type": "newspaper", "url": "https://example.vn/"}]""");

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Write_Ordinary_HasNewspaperTypeOutletDatePartsUrlAndLanguage()
    {
        using var document = JsonDocument.Parse(CslJsonWriter.Write([CitationSamples.Ordinary]));

        var item = Assert.Single(document.RootElement.EnumerateArray().ToList());
        Assert.Equal("3fa9c0d1e2b4a5f6", item.GetProperty("id").GetString());
        Assert.Equal("article-newspaper", item.GetProperty("type").GetString());
        Assert.Equal(CitationSamples.Ordinary.Title, item.GetProperty("title").GetString());
        Assert.Equal("Báo Sức khỏe & Đời sống", item.GetProperty("container-title").GetString());
        Assert.Equal("[[2025,3,12]]", item.GetProperty("issued").GetProperty("date-parts").GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal));
        Assert.Equal("[[2025,3,14]]", item.GetProperty("accessed").GetProperty("date-parts").GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal));
        Assert.Equal(CitationSamples.Ordinary.Url, item.GetProperty("URL").GetString());
        Assert.Equal("vi", item.GetProperty("language").GetString());
    }

    [Fact]
    public void Write_Undated_LeavesOutIssuedAndAccessed()
    {
        using var document = JsonDocument.Parse(CslJsonWriter.Write([CitationSamples.Undated]));

        var item = Assert.Single(document.RootElement.EnumerateArray().ToList());
        Assert.False(item.TryGetProperty("issued", out _));
        Assert.False(item.TryGetProperty("accessed", out _));
    }
}
