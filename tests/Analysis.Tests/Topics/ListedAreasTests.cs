using Pipeline.Analysis.Topics;

namespace Pipeline.Analysis.Tests.Topics;

public sealed class ListedAreasTests
{
    [Fact]
    public void Labels_AreasListedAfterLinhVuc_EveryArea()
    {
        var labels = ListedAreas.Labels("Hai bên bàn về hợp tác trong các lĩnh vực khám chữa bệnh, đào tạo nhân lực và cung cấp trang thiết bị y tế.");

        Assert.Equal(["clinical-treatment", "infrastructure-equipment", "training-capacity"], labels.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Labels_ListEndsWithItsSentence_LaterWordsNotListed()
    {
        var labels = ListedAreas.Labels("Hai viện hợp tác trong lĩnh vực nghiên cứu. Bệnh viện đã điều trị cho 30 bệnh nhân.");

        Assert.Equal(["research-expert-exchange"], labels);
    }

    [Theory]
    [InlineData("Hai bên hợp tác trong các lĩnh vực đào tạo và kế hoạch hỗ trợ xây dựng 2 bệnh viện mới.", true)]
    [InlineData("Hai bên hợp tác trong các lĩnh vực đào tạo và xây dựng chính sách y tế.", false)]
    public void Labels_BuildingAFacilityListed_Infrastructure(string text, bool infrastructure)
    {
        Assert.Equal(infrastructure, ListedAreas.Labels(text).Contains("infrastructure-equipment"));
    }

    [Fact]
    public void Labels_AimOfAProgramme_AreasNamed()
    {
        var labels = ListedAreas.Labels("Quỹ tài trợ chương trình nhằm trang bị các phòng thí nghiệm. Bệnh viện đã điều trị cho 30 bệnh nhân.");

        Assert.Equal(["infrastructure-equipment"], labels);
    }

    [Fact]
    public void Labels_BaoGomAfterACooperation_AreasListed()
    {
        var labels = ListedAreas.Labels("Hai bộ trưởng thảo luận về hợp tác song phương (bao gồm điều trị cho công dân và nghiên cứu chung).");

        Assert.Equal(["clinical-treatment", "research-expert-exchange"], labels.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Nghiên cứu mới bao gồm chương trình đào tạo 8 nghiên cứu sinh.")]
    [InlineData("Bệnh viện đã điều trị cho 30 bệnh nhân và đào tạo 10 bác sĩ.")]
    [InlineData("Trong lĩnh vực y tế, hai nước luôn hợp tác chặt chẽ.")]
    [InlineData("")]
    public void Labels_NoListOfAreas_None(string text)
    {
        Assert.Empty(ListedAreas.Labels(text));
    }
}
