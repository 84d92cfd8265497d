using System.Text;
using Pipeline.Text.Facts;

namespace Pipeline.Corpus.Synthetic;

/// <summary>Writes an article's text piece by piece and records each fact at the offset where it lands.</summary>
internal sealed class TextBuilder
{
    private readonly StringBuilder text = new();

    public List<PartnerFact> Partners { get; } = [];

    public List<PartnerFact> Parties { get; } = [];

    public List<CountFact> Counts { get; } = [];

    public List<DateFact> Dates { get; } = [];

    public int Length => text.Length;

    public TextBuilder Append(string literal)
    {
        text.Append(literal);
        return this;
    }

    public TextBuilder Partner(PartnerFact partner, string span)
    {
        if (!Partners.Any(p => p.Key == partner.Key))
        {
            Partners.Add(partner with { Span = span, Start = text.Length });
        }

        return Append(span);
    }

    public TextBuilder Party(PartnerFact party, string span)
    {
        if (!Parties.Any(p => p.Key == party.Key))
        {
            Parties.Add(party with { Span = span, Start = text.Length });
        }

        return Append(span);
    }

    public TextBuilder Count(CountFact count)
    {
        Counts.Add(count with { Start = text.Length });
        return Append(count.Span);
    }

    public TextBuilder Date(string span, string resolved)
    {
        if (!Dates.Any(d => d.Resolved == resolved))
        {
            Dates.Add(new DateFact(span, resolved, text.Length));
        }

        return Append(span);
    }

    public override string ToString() => text.ToString();
}
