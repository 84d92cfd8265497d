using Pipeline.Analysis.Trends;

namespace Pipeline.Analysis.Tests.Trends;

public sealed class CountKindsTests
{
    [Theory]
    [InlineData("dự án", null, CountKinds.Project)]
    [InlineData("dự án hợp tác kỹ thuật", null, CountKinds.Project)]
    [InlineData("đoàn chuyên gia", null, CountKinds.Delegation)]
    [InlineData("đoàn cấp quận, huyện", null, CountKinds.Delegation)]
    [InlineData("đoàn viên thanh niên", null, CountKinds.People)]
    [InlineData("bác sĩ, điều dưỡng", null, CountKinds.People)]
    [InlineData("người bệnh", null, CountKinds.People)]
    [InlineData("trẻ", null, CountKinds.People)]
    [InlineData("học viên", null, CountKinds.People)]
    [InlineData("euro", "EUR", CountKinds.Money)]
    [InlineData("đồng", "VND", CountKinds.Money)]
    [InlineData("giường bệnh", null, CountKinds.Other)]
    [InlineData("trạm y tế xã", null, CountKinds.Other)]
    [InlineData("emergency kits", null, CountKinds.Other)]
    [InlineData("Dự án", null, CountKinds.Project)]
    public void Of_Noun_Kind(string noun, string? currency, string expected)
    {
        Assert.Equal(expected, CountKinds.Of(noun, currency));
    }
}
