using System.Text.RegularExpressions;

namespace Pipeline.Analysis.Dates;

/// <summary>Regular-expression pieces shared by the date patterns. Every pattern runs on the NonBacktracking engine, so
/// none may use lookarounds or backreferences; conditions those would express are checked on the captured groups.</summary>
internal static class DateLexicon
{
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    public const string TimeOfDay = @"(?:rạng\s+sáng|sáng\s+sớm|sáng|chiều\s+tối|chiều|trưa|tối|đêm|khuya)";

    public const string Weekday = @"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)";

    public const string Clock = @"(?:[0-9]{1,2}\s*(?:h|giờ)(?:\s*[0-9]{1,2}(?:\s*phút|')?)?|[0-9]{1,2}:[0-9]{2})";

    /// <summary>Words kept in a day's span: a clock time, a time of day, a relative day that the explicit day
    /// overrides ("ngày mai 27/8"), a weekday, an opening parenthesis and "ngày" or "hôm"; each piece starts on a non-space
    /// so that a match never starts on whitespace.</summary>
    public const string Lead =
        $@"(?<lead>(?:{Clock}\s*,?\s*)?(?:{TimeOfDay}(?:\s+(?:nay|qua|mai))?\s*,?\s*)?(?:(?:hôm\s+(?:nay|qua)|ngày\s+mai)\s*,?\s*)?(?:{Weekday}\s*,?\s*)?(?:\(\s*)?(?:(?:ngày|mùng|mồng|hôm)\s+)?)";

    /// <summary>The lead a range may carry before its first end: "từ", a time of day, "ngày".</summary>
    public const string RangeLead = $@"(?<lead>(?:(?:kể\s+)?từ\s+)?(?:{TimeOfDay}\s+)?(?:(?:ngày|mùng|mồng)\s+)?)";

    /// <summary>"từ" or "kể từ" before the first end of a range.</summary>
    public const string FromLead = @"(?<lead>(?:kể\s+)?từ\s+)?";

    public const string DaySeparator = @"[/\-.]";

    public const string RangeSeparator = @"(?<sep>-|–|—|đến|tới)";

    /// <summary>A year written after a month, quarter or part of a year: "/2025", "-2025", " năm 2025", " năm nay".</summary>
    public const string YearAfter = @"(?:\s*[/\-]\s*(?<y>[0-9]{4})|\s+năm\s+(?<y>[0-9]{4})|\s+năm\s+(?<rel>nay|ngoái|tới))";

    public const string FourDigitYear = @"(?:19|20)[0-9]{2}";
}
