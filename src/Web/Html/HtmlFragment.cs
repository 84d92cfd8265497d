namespace Pipeline.Web.Html;

/// <summary>
/// HTML that is already safe: written by <see cref="HtmlBuilder"/> (every value encoded) or a constant of ours.
/// Interpolated into a builder it goes in as is; every other value is encoded.
/// </summary>
/// <param name="Html">The markup.</param>
internal readonly record struct HtmlFragment(string Html)
{
    public static HtmlFragment Empty { get; } = new(string.Empty);

    public override string ToString() => Html;
}
