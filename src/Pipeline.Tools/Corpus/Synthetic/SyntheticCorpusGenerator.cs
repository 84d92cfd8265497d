using System.Globalization;
using Pipeline.Text.Facts;

namespace Pipeline.Corpus.Synthetic;

/// <summary>
/// Deterministic synthetic articles with exact gold, for benchmarks up to 100,000 articles: the same seed
/// always gives the same articles. Sentences come from our frames, names from our gold vocabulary; every
/// fact is recorded at the offset where it is written, so the gold is right by construction.
/// </summary>
public sealed class SyntheticCorpusGenerator(SyntheticVocabulary vocabulary, int seed)
{
    private static readonly DateTimeOffset First = new(2023, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));
    private static readonly string[] Quarters = ["I", "II", "III", "IV"];

    private readonly Random random = new(seed);

    /// <summary>Generates <paramref name="count"/> articles, lazily.</summary>
    /// <param name="count">How many articles.</param>
    /// <returns>The articles with their gold.</returns>
    public IEnumerable<GoldArticle> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Next(i);
        }
    }

    private GoldArticle Next(int index)
    {
        var published = First.AddDays(random.Next(0, 1399)).AddHours(random.Next(6, 22)).AddMinutes(random.Next(0, 60));
        var outlet = DemoOutlet.All[index % DemoOutlet.All.Count];
        var cooperation = random.NextDouble() < 0.65;
        var text = new TextBuilder();
        var usedSpans = new HashSet<string>(StringComparer.Ordinal);
        string title;
        List<string> topics;
        if (cooperation)
        {
            var party = Pick(vocabulary.Parties);
            var partner = Pick(vocabulary.Partners);
            topics = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(SyntheticVocabulary.TopicSentences).Label).Distinct(StringComparer.Ordinal).ToList();
            title = $"{party.Name} mở rộng hợp tác với {partner.Name}";
            var day = published.AddDays(-random.Next(1, 10));
            text.Date($"{Pick(["Sáng", "Chiều", "Ngày"])} {day.Day}-{day.Month}", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(", ");
            AppendOpener(text, party, partner);
            text.Append("\n");
            foreach (var label in topics)
            {
                text.Append(SyntheticVocabulary.TopicSentences.First(t => t.Label == label).Sentence).Append(" ");
            }

            text.Append("Theo kế hoạch, chương trình sẽ hỗ trợ ").Count(NewCount(usedSpans)).Append(" và ").Count(NewCount(usedSpans)).Append(" trong ");
            AppendPeriod(text, published);
            text.Append(".\nTổng kinh phí dự kiến ").Count(NewMoney(usedSpans)).Append(", do ");
            text.Partner(partner, PartnerSpan(partner)).Append(" và ").Party(party, party.Name).Append(" cùng đóng góp.\n");
            text.Append(Pick(SyntheticVocabulary.GeneralSentences));
        }
        else
        {
            topics = [Analysis.Topics.Taxonomy.Other];
            title = $"{Pick(SyntheticVocabulary.GeneralTitles)} (số {index + 1})";
            var day = published.AddDays(-random.Next(0, 5));
            text.Date($"Ngày {day.Day}/{day.Month}/{day.Year}", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(", ").Append(Pick(SyntheticVocabulary.GeneralSentences)).Append("\n");
            text.Append("Trong đợt cao điểm, các đơn vị đã tiếp nhận ").Count(NewCount(usedSpans)).Append(". ").Append(Pick(SyntheticVocabulary.GeneralSentences)).Append("\n");
            text.Append(Pick(SyntheticVocabulary.GeneralSentences));
        }

        var lines = text.ToString().Split('\n');
        var slug = $"bai-tong-hop-{index + 1:D6}";
        var article = new DemoArticle(
            slug, outlet.Key, cooperation ? "hop-tac-quoc-te" : Pick(SyntheticVocabulary.Sections), title, lines[0], published,
            Pick(SyntheticVocabulary.Authors), [], topics, cooperation, lines[1..], []);
        var facts = new ArticleFacts(text.Partners, text.Parties, text.Counts, text.Dates, topics.Select(t => new TopicScore(t, 1.0)).ToList(), new CooperationFact(cooperation, 1.0));
        return new GoldArticle(article, outlet.Url(article.Path), outlet.Name, GoldSplit.Of(slug), facts);
    }

    private void AppendOpener(TextBuilder text, PartnerFact party, PartnerFact partner)
    {
        var frame = Pick(SyntheticVocabulary.CooperationOpeners);
        var partyAt = frame.IndexOf("{party}", StringComparison.Ordinal);
        var partnerAt = frame.IndexOf("{partner}", StringComparison.Ordinal);
        var (firstAt, secondAt) = partyAt < partnerAt ? (partyAt, partnerAt) : (partnerAt, partyAt);
        var firstLength = partyAt < partnerAt ? "{party}".Length : "{partner}".Length;
        text.Append(frame[..firstAt]);
        Slot(text, partyAt < partnerAt, party, partner);
        text.Append(frame[(firstAt + firstLength)..secondAt]);
        Slot(text, partyAt > partnerAt, party, partner);
        text.Append(frame[(secondAt + (partyAt > partnerAt ? "{party}".Length : "{partner}".Length))..]);
    }

    private static void Slot(TextBuilder text, bool isParty, PartnerFact party, PartnerFact partner)
    {
        if (isParty)
        {
            text.Party(party, party.Name);
        }
        else
        {
            text.Partner(partner, PartnerSpan(partner));
            if (partner.Kind == "org" && partner.Country is not null)
            {
                text.Append($" ({partner.Country})");
            }
        }
    }

    private static string PartnerSpan(PartnerFact partner) => partner.Kind == "country" ? $"Chính phủ {partner.Name}" : partner.Name;

    private void AppendPeriod(TextBuilder text, DateTimeOffset published)
    {
        var year = published.Year + random.Next(0, 2);
        switch (random.Next(3))
        {
            case 0:
                var quarter = random.Next(4);
                text.Date($"quý {Quarters[quarter]}/{year}", $"{year}-{(quarter * 3) + 1:D2}-01/{year}-{(quarter * 3) + 3:D2}-{DateTime.DaysInMonth(year, (quarter * 3) + 3):D2}");
                break;
            case 1:
                text.Date($"6 tháng đầu năm {year}", $"{year}-01-01/{year}-06-30");
                break;
            default:
                var month = random.Next(1, 13);
                text.Date($"tháng {month}-{year}", $"{year}-{month:D2}");
                break;
        }
    }

    private CountFact NewCount(HashSet<string> used)
    {
        while (true)
        {
            var noun = Pick(SyntheticVocabulary.CountNouns);
            var (qualifier, approx) = Pick(new[] { (string.Empty, "exact"), ("gần ", "less_than"), ("hơn ", "more_than"), ("khoảng ", "about"), ("trên ", "more_than") });
            var (written, value) = random.Next(3) switch
            {
                0 => Number(random.Next(2, 500)),
                1 => Thousands(random.Next(1, 99) * 1000 + (random.Next(2) * 500)),
                _ => ($"{random.Next(2, 60)} nghìn", 0m),
            };
            if (value == 0)
            {
                value = decimal.Parse(written.Split(' ')[0], CultureInfo.InvariantCulture) * 1000;
            }

            var span = $"{qualifier}{written} {noun}";
            if (used.Add(span))
            {
                return new CountFact(value, approx, noun, null, span, 0);
            }
        }
    }

    private CountFact NewMoney(HashSet<string> used)
    {
        while (true)
        {
            var (word, code) = Pick(SyntheticVocabulary.Currencies);
            var (qualifier, approx) = Pick(new[] { (string.Empty, "exact"), ("hơn ", "more_than"), ("khoảng ", "about") });
            string written;
            decimal value;
            if (code == "VND")
            {
                var billions = random.Next(1, 500);
                written = $"{billions} tỷ";
                value = billions * 1_000_000_000m;
            }
            else
            {
                var whole = random.Next(1, 50);
                var tenth = random.Next(0, 10);
                written = tenth == 0 ? $"{whole} triệu" : $"{whole},{tenth} triệu";
                value = (whole * 1_000_000m) + (tenth * 100_000m);
            }

            var span = $"{qualifier}{written} {word}";
            if (used.Add(span))
            {
                return new CountFact(value, approx, word, code, span, 0);
            }
        }
    }

    private static (string Written, decimal Value) Number(int value) => (value.ToString(CultureInfo.InvariantCulture), value);

    private static (string Written, decimal Value) Thousands(int value) =>
        (value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.'), value);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
