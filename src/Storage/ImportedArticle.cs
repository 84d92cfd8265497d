using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pipeline.Text.Facts;

namespace Pipeline.Storage;

/// <summary>An article stored without a crawl (a gold or synthetic corpus), already analysed.</summary>
/// <param name="Url">Its canonical address; the id derives from it.</param>
/// <param name="Source">The source name to record.</param>
/// <param name="Outlet">The outlet's name.</param>
/// <param name="Title">Headline.</param>
/// <param name="Lead">Lead paragraph, if any.</param>
/// <param name="Paragraphs">Body paragraphs.</param>
/// <param name="Published">Publication time, if known.</param>
/// <param name="Authors">Bylines.</param>
/// <param name="Facts">Its facts.</param>
public sealed record ImportedArticle(
    Uri Url,
    string Source,
    string Outlet,
    string Title,
    string? Lead,
    IReadOnlyList<string> Paragraphs,
    DateTimeOffset? Published,
    IReadOnlyList<string> Authors,
    ArticleFacts Facts)
{
    /// <summary>The text analysis and trends read: the lead, then the body, one paragraph per line.</summary>
    public string Text => Lead is null ? Body : string.Concat(Lead, "\n", Body);

    private string Body => string.Join('\n', Paragraphs);

    /// <summary>
    /// The values of its row in the order of both providers' import statements (id, seq, source, url, outlet, title,
    /// lead, body, paragraphs, published, authors, content hash, stored at, facts), nulls as <see cref="DBNull"/>.
    /// </summary>
    /// <param name="id">Its id (<see cref="ArticleIds.For"/> of its address).</param>
    /// <param name="sequence">Its store sequence.</param>
    /// <param name="storedAt">The time stored, as the provider writes times.</param>
    /// <returns>The parameter values.</returns>
    public object[] RowValues(string id, long sequence, object storedAt)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(Title, "\n", Text))));
        object?[] values =
        [
            id, sequence, Source, Url.AbsoluteUri, Outlet, Title, Lead, Body,
            JsonSerializer.Serialize(Paragraphs.Select(x => new { text = x, kind = "paragraph" })), SqlTime.WithOffset(Published),
            JsonSerializer.Serialize(Authors), hash, storedAt, StoredFacts.Write(Facts),
        ];
        return [.. values.Select(v => v ?? DBNull.Value)];
    }
}
