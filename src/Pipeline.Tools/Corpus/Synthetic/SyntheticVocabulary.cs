using Pipeline.Text.Facts;

namespace Pipeline.Corpus.Synthetic;

/// <summary>
/// What synthetic articles are made of: partner and party names taken from our own gold annotations (the
/// only gazetteer the project has so far), and nouns, cues and sentence frames written for the generator.
/// </summary>
public sealed record SyntheticVocabulary(IReadOnlyList<PartnerFact> Partners, IReadOnlyList<PartnerFact> Parties)
{
    internal static readonly string[] CountNouns =
    [
        "bác sĩ", "điều dưỡng", "cán bộ y tế", "học viên", "trạm y tế xã", "giường bệnh", "liều vắc xin", "máy thở", "ca phẫu thuật",
        "chuyên gia", "đoàn công tác", "dự án", "bệnh nhân", "kỹ thuật viên", "bộ xét nghiệm", "xe cứu thương",
    ];

    internal static readonly (string Word, string Code)[] Currencies =
    [
        ("USD", "USD"), ("đồng", "VND"), ("euro", "EUR"), ("yên", "JPY"), ("won", "KRW"), ("đô la Úc", "AUD"),
    ];

    internal static readonly (string Label, string Sentence)[] TopicSentences =
    [
        ("disease-prevention-vaccines", "Hai bên thống nhất tăng cường giám sát dịch bệnh truyền nhiễm và mở rộng tiêm chủng vắc xin cho trẻ em vùng khó khăn."),
        ("clinical-treatment", "Các chuyên gia sẽ trực tiếp tham gia phẫu thuật, điều trị chuyên sâu và hội chẩn những ca bệnh phức tạp."),
        ("training-capacity", "Chương trình đào tạo, tập huấn nâng cao năng lực cho nhân viên y tế được triển khai theo từng khóa học ngắn hạn."),
        ("research-expert-exchange", "Nhóm nghiên cứu chung sẽ trao đổi chuyên gia và công bố kết quả tại các hội thảo khoa học quốc tế."),
        ("infrastructure-equipment", "Phía đối tác bàn giao trang thiết bị hiện đại và hỗ trợ nâng cấp cơ sở hạ tầng của các bệnh viện tuyến tỉnh."),
        ("foreign-aid-funding", "Khoản viện trợ không hoàn lại được giải ngân theo tiến độ dự án và chịu sự giám sát của cơ quan tài trợ."),
        ("digital-health", "Nền tảng khám, chữa bệnh từ xa và bệnh án điện tử được kết nối để chia sẻ dữ liệu giữa các tuyến."),
    ];

    internal static readonly string[] CooperationOpeners =
    [
        "{party} và {partner} đã ký biên bản ghi nhớ hợp tác trong lĩnh vực y tế.",
        "{party} tiếp và làm việc với đoàn công tác của {partner} nhằm thúc đẩy hợp tác y tế.",
        "{partner} phối hợp với {party} triển khai chương trình hợp tác mới.",
        "Lãnh đạo {party} và đại diện {partner} đã thống nhất kế hoạch hợp tác giai đoạn tới.",
    ];

    internal static readonly string[] GeneralSentences =
    [
        "Ngành y tế khuyến cáo người dân chủ động phòng bệnh, giữ vệ sinh cá nhân và đến cơ sở y tế khi có dấu hiệu bất thường.",
        "Đoàn kiểm tra liên ngành đã lấy mẫu thực phẩm, kiểm tra hồ sơ và xử lý các cơ sở vi phạm theo quy định.",
        "Bệnh viện bố trí thêm buồng bệnh, tăng cường nhân lực trực và sẵn sàng tiếp nhận bệnh nhân nặng.",
        "Trung tâm Kiểm soát bệnh tật tỉnh đã phun hóa chất, diệt lăng quăng tại các khu dân cư có ca bệnh.",
        "Sở Y tế yêu cầu các đơn vị rà soát trang thiết bị, thuốc và vật tư để bảo đảm công tác khám, chữa bệnh.",
    ];

    internal static readonly string[] GeneralTitles =
    [
        "Tăng cường phòng chống dịch bệnh mùa mưa", "Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể", "Bệnh viện tỉnh mở rộng khoa hồi sức",
        "Số ca sốt xuất huyết tiếp tục tăng", "Ra quân diệt lăng quăng tại các khu dân cư",
    ];

    internal static readonly string[] Authors = ["MINH AN", "THU HÀ", "Quang Minh", "NGỌC LAN", "Hoài Thương", "BẢO CHÂU", "Thanh Tùng"];

    internal static readonly string[] Sections = ["hop-tac-quoc-te", "tin-tuc", "phong-chong-dich", "benh-vien", "y-te-so"];

    /// <summary>The partner and party vocabulary of a gold corpus, each name once.</summary>
    public static SyntheticVocabulary From(IEnumerable<GoldArticle> gold)
    {
        var list = gold.ToList();
        var partners = list.SelectMany(g => g.Facts.Partners).DistinctBy(p => p.Key).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        var parties = list.SelectMany(g => g.Facts.Parties).DistinctBy(p => p.Key).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        if (partners.Count == 0 || parties.Count == 0)
        {
            throw new InvalidDataException("The gold corpus has no partners or parties to build synthetic articles from.");
        }

        return new SyntheticVocabulary(partners, parties);
    }
}
