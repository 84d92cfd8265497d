using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

public sealed class TransliterationFormsTests
{
    [Fact]
    public void Of_HyphenatedName_SpacedAndJoinedForms()
    {
        var forms = TransliterationForms.Of("Xê-pôn-xay").ToList();

        Assert.Contains("Xê Pôn Xay", forms);
        Assert.Contains("Xêpônxay", forms);
        Assert.DoesNotContain("Xê-pôn-xay", forms);
    }

    [Fact]
    public void Of_SpacedName_HyphenatedForm()
    {
        Assert.Contains("Noọng-khai", TransliterationForms.Of("Noọng Khai"));
    }

    [Theory]
    [InlineData("Savannakhet")]
    [InlineData("Thủ đô Viêng Chăn")]
    [InlineData("Battambang City")]
    public void Of_RomanisedOrAdministrativeName_NoForms(string alias)
    {
        Assert.Empty(TransliterationForms.Of(alias));
    }
}
