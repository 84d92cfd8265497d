using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Pipeline.Web.Html;

/// <summary>
/// Builds HTML from interpolated strings: the literal parts are our markup, every hole is encoded (text and
/// attribute values alike), so crawled text can only ever come out as text. Only an <see cref="HtmlFragment"/>
/// goes in unencoded.
/// </summary>
internal sealed class HtmlBuilder
{
    // Every script, Vietnamese included, stays readable; the HTML-significant characters are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    internal StringBuilder Buffer { get; } = new(4096);

    /// <summary>Appends markup whose holes are encoded.</summary>
    public HtmlBuilder Append([InterpolatedStringHandlerArgument("")] ref HtmlInterpolatedStringHandler html)
    {
        _ = html;
        return this;
    }

    /// <summary>Appends a value as encoded text.</summary>
    public HtmlBuilder Text(string? text)
    {
        Encode(Buffer, text);
        return this;
    }

    /// <summary>Appends safe markup.</summary>
    public HtmlBuilder Fragment(HtmlFragment fragment)
    {
        Buffer.Append(fragment.Html);
        return this;
    }

    public HtmlFragment ToFragment() => new(Buffer.ToString());

    public override string ToString() => Buffer.ToString();

    internal static void Encode(StringBuilder buffer, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            buffer.Append(Encoder.Encode(text));
        }
    }
}
