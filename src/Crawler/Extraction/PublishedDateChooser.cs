using System.Globalization;

namespace Pipeline.Crawler.Extraction;

/// <summary>Picks the publication date when the page's own sources disagree. The rule of trust, in order:
/// <list type="number">
/// <item>A source whose written offset is not +07:00 loses to a +07:00 source showing the same wall-clock minute
/// (JSON-LD "+08:00" against a GMT+7 byline): the CMS stamped local time with the server's zone.</item>
/// <item>A source that gives only the day loses to a source with a time on that same day.</item>
/// <item>Otherwise the most specific machine source wins: JSON-LD, then meta, then a header &lt;time&gt;, then the byline text.</item>
/// </list>
/// The +07:00 side of rule 1 must have written its offset (ISO "+07:00", "GMT+7") or be on a Vietnamese page, where
/// an unmarked byline means Vietnam's time.</summary>
internal static class PublishedDateChooser
{
    /// <summary>The page's publication date: metadata and header weighed by the trust rules, else the date in the address.</summary>
    /// <param name="metadata">The page's metadata with its date candidates.</param>
    /// <param name="byline">The header's date, if any.</param>
    /// <param name="url">The page's address.</param>
    /// <returns>The date and where it came from, or null when the page gives none.</returns>
    public static ChosenDate? ForPage(PageMetadata metadata, DateCandidate? byline, Uri url)
    {
        var candidates = byline is null ? metadata.PublishedCandidates : [.. metadata.PublishedCandidates, byline];
        var vietnamese = (metadata.Language?.StartsWith("vi", StringComparison.OrdinalIgnoreCase) ?? false)
            || url.Host.EndsWith(".vn", StringComparison.OrdinalIgnoreCase);
        if (Choose(candidates, vietnamese) is { } chosen)
        {
            return chosen;
        }

        return PageDates.FromUrl(url) is { } fromUrl
            ? new ChosenDate(fromUrl, new PublishedDateSource("url", "neither metadata nor header gives a date; the address does"))
            : null;
    }

    /// <summary>Chooses among the candidates, given in priority order.</summary>
    /// <param name="candidates">JSON-LD, meta, header time, byline: whichever the page has.</param>
    /// <param name="vietnamesePage">True for a page in Vietnamese or on a .vn host.</param>
    /// <returns>The chosen date with its source and reason, or null when there is no candidate.</returns>
    public static ChosenDate? Choose(IReadOnlyList<DateCandidate> candidates, bool vietnamesePage)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        var kept = candidates.ToList();
        var reasons = new List<string>();
        foreach (var foreign in candidates.Where(c => c.Date.HasTime && c.Date.HasOffset && c.Date.Value.Offset != PageDates.VietnamOffset))
        {
            var local = candidates.FirstOrDefault(c => c != foreign && c.Date.HasTime && c.Date.Value.Offset == PageDates.VietnamOffset
                && (c.Date.HasOffset || vietnamesePage) && WallClockMinute(c) == WallClockMinute(foreign));
            if (local is not null)
            {
                kept.Remove(foreign);
                reasons.Add($"{foreign.Source} offset {Offset(foreign.Date.Value.Offset)} contradicts the GMT+7 {local.Source}");
            }
        }

        foreach (var dateOnly in kept.Where(c => !c.Date.HasTime).ToList())
        {
            var timed = kept.FirstOrDefault(c => c.Date.HasTime && c.Date.Value.Date == dateOnly.Date.Value.Date);
            if (timed is not null)
            {
                kept.Remove(dateOnly);
                reasons.Add($"{dateOnly.Source} gives only the day; {timed.Source} gives the time on that day");
            }
        }

        var chosen = kept[0];
        var reason = reasons.Count > 0 ? string.Join("; ", reasons) : Comparison(chosen, candidates);
        return new ChosenDate(chosen.Date.Value, new PublishedDateSource(chosen.Source, reason));
    }

    private static string Comparison(DateCandidate chosen, IReadOnlyList<DateCandidate> candidates)
    {
        var others = candidates.Where(c => c != chosen).ToList();
        if (others.Count == 0)
        {
            return $"the only date the page gives ({chosen.Source})";
        }

        var agreeing = others.Where(c => Agrees(chosen, c)).Select(c => c.Source).ToList();
        var disagreeing = others.Where(c => !Agrees(chosen, c)).Select(c => c.Source).ToList();
        return disagreeing.Count == 0
            ? $"{chosen.Source} agrees with the {string.Join(" and ", agreeing)}"
            : $"{chosen.Source} is preferred to the {string.Join(" and ", disagreeing)}, which gives another time";
    }

    /// <summary>Same instant to the minute, or the same day when either side gives only the day.</summary>
    private static bool Agrees(DateCandidate a, DateCandidate b) =>
        a.Date.HasTime && b.Date.HasTime ? Minute(a.Date.Value) == Minute(b.Date.Value) : a.Date.Value.Date == b.Date.Value.Date;

    private static DateTime WallClockMinute(DateCandidate candidate) => Minute(candidate.Date.Value).DateTime;

    private static DateTimeOffset Minute(DateTimeOffset value) => new(value.Year, value.Month, value.Day, value.Hour, value.Minute, 0, value.Offset);

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
