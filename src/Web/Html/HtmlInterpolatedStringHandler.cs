using System.Runtime.CompilerServices;
using System.Text;

namespace Pipeline.Web.Html;

/// <summary>Writes an interpolated string into an <see cref="HtmlBuilder"/>: literals as they are, holes encoded.</summary>
[InterpolatedStringHandler]
internal readonly ref struct HtmlInterpolatedStringHandler
{
    private readonly StringBuilder buffer;

    public HtmlInterpolatedStringHandler(int literalLength, int formattedCount, HtmlBuilder html)
    {
        _ = formattedCount;
        ArgumentNullException.ThrowIfNull(html);
        buffer = html.Buffer;
        buffer.EnsureCapacity(buffer.Length + literalLength);
    }

    public void AppendLiteral(string literal) => buffer.Append(literal);

    public void AppendFormatted(HtmlFragment fragment) => buffer.Append(fragment.Html);

    public void AppendFormatted(string? value) => HtmlBuilder.Encode(buffer, value);

    public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    public void AppendFormatted<T>(T value, string? format)
    {
        var text = value is IFormattable formattable ? formattable.ToString(format, Labels.Culture) : value?.ToString();
        HtmlBuilder.Encode(buffer, text);
    }
}
