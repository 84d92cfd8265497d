using System.Globalization;

namespace Pipeline.Demo.Layouts;

/// <summary>Dates written the way Vietnamese outlets print them in bylines.</summary>
internal static class VietnameseCalendar
{
    private static readonly string[] Weekdays = ["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"];

    /// <summary>"Thứ tư, 22/10/2025, 19:25 (GMT+7)".</summary>
    public static string LongByline(DateTimeOffset value) =>
        string.Create(CultureInfo.InvariantCulture, $"{Weekdays[(int)value.DayOfWeek]}, {value:dd/MM/yyyy, HH:mm} (GMT+7)");

    /// <summary>"21:31 | 01/02/2026".</summary>
    public static string ShortByline(DateTimeOffset value) =>
        value.ToString("HH:mm | dd/MM/yyyy", CultureInfo.InvariantCulture);
}
