using System.Globalization;
using Pipeline.Web.Html;

namespace Pipeline.Web.Pages;

/// <summary>The filter form the network and map pages share (a GET form, so every view has a shareable address).</summary>
internal static class ExploreFilters
{
    /// <param name="html">Where to write.</param>
    /// <param name="form">The current choices.</param>
    /// <param name="labels">Topic and country names.</param>
    /// <param name="action">The page's address.</param>
    /// <param name="network">Whether to offer the country and top-nodes fields (the network's only).</param>
    public static void Write(HtmlBuilder html, ExploreForm form, Labels labels, string action, bool network)
    {
        html.Append($"""
            <form class="search explore-form" method="get" action="{action}"><div class="filters">
            <label>Từ ngày <input type="date" name="from" value="{Day(form.From)}"></label>
            <label>Đến ngày <input type="date" name="to" value="{Day(form.To)}"></label>
            <label>Chủ đề <select name="topic"><option value="">Tất cả</option>
            """);
        foreach (var label in labels.TopicLabels)
        {
            Option(html, label, labels.Topic(label), form.Topic);
        }

        html.Append($"</select></label>\n");
        if (network)
        {
            html.Append($"<label>Quốc gia đối tác <select name=\"country\"><option value=\"\">Tất cả</option>");
            foreach (var (code, name) in labels.Countries)
            {
                Option(html, code, name, form.Country);
            }

            html.Append($"</select></label>\n<label>Số nút <input type=\"number\" name=\"top\" min=\"1\" max=\"{ExploreForm.MaxTop}\" value=\"{form.Top}\"></label>\n");
        }

        html.Append($"""
            <label class="check"><input type="checkbox" name="cooperation" value="1"{(form.CooperationOnly ? new HtmlFragment(" checked") : HtmlFragment.Empty)}> Chỉ bài về hợp tác quốc tế</label>
            <button type="submit">Xem</button>
            </div></form>
            """);
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Option(HtmlBuilder html, string value, string label, string? selected) =>
        html.Append($"<option value=\"{value}\"{(value == selected ? new HtmlFragment(" selected") : HtmlFragment.Empty)}>{label}</option>");
}
