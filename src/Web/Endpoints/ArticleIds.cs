namespace Pipeline.Web.Endpoints;

/// <summary>Article ids as the store and index make them: short runs of letters, digits, '-' and '_'.</summary>
internal static class ArticleIds
{
    public static bool IsWellFormed(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
