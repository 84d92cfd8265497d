using Pipeline.Corpus;

namespace Pipeline.Tools.Tests.Corpus;

public sealed class RealDevCorpusTests
{
    private const string Annotated = """
        {
          "id": "xx-01", "published": "2024-03-18",
          "text": "Sáng 15/3, Bệnh viện Tỉnh Khánh Hòa tiếp đoàn 12 chuyên gia của Đại học Kyoto (Nhật Bản).",
          "cooperation": true, "topics": ["research-expert-exchange"],
          "partners": [{ "name": "Đại học Kyoto", "key": "dai-hoc-kyoto", "kind": "org", "country": "Nhật Bản", "countryCode": "JP", "span": "Đại học Kyoto", "start": 64 }],
          "parties": [{ "name": "Bệnh viện Tỉnh Khánh Hòa", "key": "bv-khanh-hoa", "kind": "org", "country": "Việt Nam", "countryCode": "VN", "span": "Bệnh viện Tỉnh Khánh Hòa", "start": 11 }],
          "counts": [{ "span": "12 chuyên gia", "start": 46, "value": 12, "approx": "exact", "noun": "chuyên gia", "currency": null }],
          "dates": [{ "span": "Sáng 15/3", "start": 0, "resolved": "2024-03-15" }]
        }
        """;

    [Fact]
    public void Read_AnnotatedFile_GivesFactsAtTheirOffsets()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "xx-01.json");
        File.WriteAllText(path, Annotated);

        var text = RealDevCorpus.Read(path);

        Assert.Equal("xx-01", text.Id);
        Assert.Equal(new DateTimeOffset(2024, 3, 18, 0, 0, 0, TimeSpan.FromHours(7)), text.Published);
        Assert.Equal("Đại học Kyoto", text.Text.Substring(text.Facts.Partners[0].Start, text.Facts.Partners[0].Span.Length));
        Assert.Equal("JP", text.Facts.Partners[0].CountryCode);
        Assert.Equal("bv-khanh-hoa", Assert.Single(text.Facts.Parties).Key);
        Assert.Equal(12m, Assert.Single(text.Facts.Counts).Value);
        Assert.Equal("2024-03-15", Assert.Single(text.Facts.Dates).Resolved);
        Assert.True(text.Facts.Cooperation.Value);
        Assert.Equal(RealDevSplit.Of("xx-01"), text.Split);
    }

    [Fact]
    public void Read_SpanNotAtItsOffset_RefusedNamingFileAndSpan()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "xx-02.json");
        File.WriteAllText(path, Annotated.Replace("\"start\": 64", "\"start\": 63", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() => RealDevCorpus.Read(path));

        Assert.Contains("xx-02.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("Đại học Kyoto", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PublishedWithTimeAndOffset_KeepsTheOffset()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "xx-03.json");
        File.WriteAllText(path, Annotated.Replace("\"2024-03-18\"", "\"2024-03-18T09:30+08:00\"", StringComparison.Ordinal));

        Assert.Equal(new DateTimeOffset(2024, 3, 18, 9, 30, 0, TimeSpan.FromHours(8)), RealDevCorpus.Read(path).Published);
    }

    [Fact]
    public void Read_MalformedJson_InvalidDataNamingFile()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "broken.json");
        File.WriteAllText(path, "{ \"id\": ");

        var error = Assert.Throws<InvalidDataException>(() => RealDevCorpus.Read(path));

        Assert.StartsWith("broken.json:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyDirectory_InvalidData()
    {
        using var directory = new TempDirectory();

        Assert.Throws<InvalidDataException>(() => RealDevCorpus.Load(directory.Path));
    }
}
