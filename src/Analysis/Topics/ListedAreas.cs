namespace Pipeline.Analysis.Topics;

/// <summary>
/// The topics a report names in a list of areas of cooperation ("hợp tác trong các lĩnh vực khám chữa bệnh, đào tạo
/// nguồn nhân lực và xây dựng bệnh viện") or in the stated aim of a project ("chương trình nhằm trang bị các phòng thí
/// nghiệm"). Each such area is a topic of the article (ANNOTATION: every label that applies), yet the report names it
/// once among several, so the model scores it far below an article about it alone. Only areas inside a list or an aim
/// count: the same words elsewhere say nothing about what the cooperation covers.
/// </summary>
internal static class ListedAreas
{
    // A list runs from its cue to the end of the clause, and rarely further than this.
    private const int MaxListLength = 260;

    private static readonly string[] Cues = ["lĩnh vực", "các mảng", "bao gồm", "nhằm"];

    // "bao gồm" lists the areas of a cooperation only after the cooperation itself in its sentence ("hợp tác song phương
    // (bao gồm ...)"); elsewhere it lists the parts of anything ("nghiên cứu bao gồm chương trình đào tạo").
    private const string OpenCue = "bao gồm";

    private static readonly char[] SentenceEnds = ['.', '\n', '!', '?'];

    private const string Building = "xây dựng";

    private const int BuiltReach = 24;

    private static readonly string[] Built = ["bệnh viện", "trạm y tế", "trung tâm y tế", "cơ sở y tế", "khoa "];

    private static readonly char[] ListEnds = ['.', ';', '\n', '!', '?'];

    private static readonly (string Phrase, string Label)[] Areas =
    [
        ("khám chữa bệnh", "clinical-treatment"), ("khám, chữa bệnh", "clinical-treatment"), ("khám bệnh, chữa bệnh", "clinical-treatment"),
        ("điều trị", "clinical-treatment"), ("phẫu thuật", "clinical-treatment"), ("ghép tạng", "clinical-treatment"),
        ("đào tạo", "training-capacity"), ("tập huấn", "training-capacity"), ("nguồn nhân lực", "training-capacity"), ("nâng cao năng lực", "training-capacity"),
        ("nghiên cứu", "research-expert-exchange"), ("trao đổi chuyên gia", "research-expert-exchange"), ("trao đổi chuyên môn", "research-expert-exchange"),
        ("phòng chống dịch", "disease-prevention-vaccines"), ("phòng, chống dịch", "disease-prevention-vaccines"), ("y tế dự phòng", "disease-prevention-vaccines"),
        ("tiêm chủng", "disease-prevention-vaccines"), ("vắc xin", "disease-prevention-vaccines"), ("vaccine", "disease-prevention-vaccines"),
        ("trang thiết bị", "infrastructure-equipment"), ("thiết bị y tế", "infrastructure-equipment"), ("trang bị", "infrastructure-equipment"),
        ("cơ sở hạ tầng", "infrastructure-equipment"), ("cơ sở vật chất", "infrastructure-equipment"),
        ("chuyển đổi số", "digital-health"), ("y tế số", "digital-health"), ("y tế từ xa", "digital-health"), ("khám bệnh từ xa", "digital-health"),
        ("bệnh án điện tử", "digital-health"), ("công nghệ thông tin", "digital-health"),
    ];

    /// <summary>The labels of the areas listed in <paramref name="text"/>.</summary>
    /// <param name="text">The article text.</param>
    /// <returns>The labels, none when the text lists no areas.</returns>
    public static IReadOnlySet<string> Labels(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cue in Cues)
        {
            var at = text.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                if (cue == OpenCue && !AfterCooperation(text, at))
                {
                    at = text.IndexOf(cue, at + cue.Length, StringComparison.OrdinalIgnoreCase);
                    continue;
                }

                var start = at + cue.Length;
                var limit = Math.Min(text.Length, start + MaxListLength);
                var end = text.IndexOfAny(ListEnds, start, limit - start);
                var list = text.AsSpan(start, (end < 0 ? limit : end) - start);
                foreach (var (phrase, label) in Areas)
                {
                    if (list.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                    {
                        labels.Add(label);
                    }
                }

                // Building names what it builds a few words on ("xây dựng 2 bệnh viện mới").
                if (BuildsAFacility(list))
                {
                    labels.Add("infrastructure-equipment");
                }

                at = text.IndexOf(cue, start, StringComparison.OrdinalIgnoreCase);
            }
        }

        return labels;
    }

    private static bool BuildsAFacility(ReadOnlySpan<char> list)
    {
        var building = list.IndexOf(Building, StringComparison.OrdinalIgnoreCase);
        if (building < 0)
        {
            return false;
        }

        var built = list[building..Math.Min(list.Length, building + Building.Length + BuiltReach)];
        foreach (var facility in Built)
        {
            if (built.Contains(facility, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AfterCooperation(string text, int at)
    {
        var sentenceStart = text.LastIndexOfAny(SentenceEnds, Math.Max(0, at - 1)) + 1;
        return text.AsSpan(sentenceStart, at - sentenceStart).Contains("hợp tác", StringComparison.OrdinalIgnoreCase);
    }
}
