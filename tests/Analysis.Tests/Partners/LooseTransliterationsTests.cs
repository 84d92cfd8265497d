using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

public sealed class LooseTransliterationsTests
{
    private static readonly GazetteerEntry LuangNamtha = new("luang-namtha", "Luổng Nặm Thà", "city", ["Luổng Nặm Thà", "Luang Namtha"], "LA");
    private static readonly GazetteerEntry Phongsaly = new("phongsaly", "Phông-xa-lỳ", "city", ["Phông-xa-lỳ", "Phongsaly"], "LA");
    private static readonly GazetteerEntry Oudomxay = new("oudomxay", "U-đôm-xay", "city", ["U-đôm-xay", "Oudomxay"], "LA");

    private static readonly LooseTransliterations Places = new([LuangNamtha, Phongsaly, Oudomxay], ["Sơn La", "Lai Châu"]);

    [Theory]
    [InlineData("Tỉnh Luông Nậm Tha cử đoàn sang.", "Luông Nậm Tha", "luang-namtha")]
    [InlineData("Đoàn của tỉnh Luông-nặm-tha đến thăm.", "Luông-nặm-tha", "luang-namtha")]
    [InlineData("Hợp tác với Phong Xa Ly từ lâu.", "Phong Xa Ly", "phongsaly")]
    [InlineData("Học viên tỉnh Phongsali tốt nghiệp.", "Phongsali", "phongsaly")]
    [InlineData("Tỉnh Udomxay nhận thiết bị.", "Udomxay", "oudomxay")]
    public void Find_OtherTonesVowelsOrLetters_FindsThePlace(string text, string span, string key)
    {
        var found = Places.Find(text).Single();

        Assert.Equal(span, text.Substring(found.Start, found.Length));
        Assert.Equal(key, found.Place.Key);
    }

    [Theory]
    [InlineData("Đoàn đi luông nậm tha qua cửa khẩu.")]
    [InlineData("Tỉnh Luông cử đoàn sang.")]
    [InlineData("Bệnh viện Phong Xa tiếp nhận.")]
    public void Find_LowercaseOrPartOfAName_NothingFound(string text)
    {
        Assert.Empty(Places.Find(text));
    }

    [Fact]
    public void Find_KeyOfAVietnamesePlace_LeftOut()
    {
        var sonLa = new GazetteerEntry("xon-la", "Xơn Lá", "city", ["Xơn Lá"], "LA");
        var places = new LooseTransliterations([sonLa], ["Sơn La"]);

        Assert.Empty(places.Find("Tỉnh Sơn La hợp tác với tỉnh Xơn Lá."));
    }

    [Fact]
    public void Find_KeyOfTwoPlaces_LeftOut()
    {
        var first = new GazetteerEntry("a", "Xê Kông", "city", ["Xê Kông"], "LA");
        var second = new GazetteerEntry("b", "Sê Công", "city", ["Sê Công"], "KH");
        var places = new LooseTransliterations([first, second], []);

        Assert.Empty(places.Find("Đoàn tỉnh Se Kong sang thăm."));
    }

    [Theory]
    [InlineData("Luông Nậm Thà", "luongnamtha")]
    [InlineData("Louang-Namtha", "luangnamtha")]
    [InlineData("Xiêng Khoảng", "siengkhoang")]
    [InlineData("Chăm-pa-sắc", "khampasak")]
    public void Key_Name_LettersFoldedAndMerged(string name, string key)
    {
        Assert.Equal(key, LooseTransliterations.Key(name));
    }
}
