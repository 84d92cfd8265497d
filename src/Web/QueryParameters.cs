using System.Text;
using Microsoft.AspNetCore.Http;
using Pipeline.Indexer.Search;

namespace Pipeline.Web;

/// <summary>Reading the parameters of a page's query string, the same way on every form.</summary>
internal static class QueryParameters
{
    /// <summary>
    /// The one value of <paramref name="name"/> in NFC, or null when it is absent or blank. A parameter given twice is
    /// refused rather than one of its values picked silently: a shared address must mean one thing.
    /// </summary>
    /// <exception cref="SearchQueryException">The parameter appears more than once.</exception>
    public static string? Single(IQueryCollection query, string name)
    {
        var values = query[name];
        if (values.Count > 1)
        {
            throw new SearchQueryException($"Tham số {name} xuất hiện {values.Count} lần; chỉ được một lần.");
        }

        var value = values.Count == 1 ? values[0] : null;
        return string.IsNullOrWhiteSpace(value) ? null : value.Normalize(NormalizationForm.FormC);
    }
}
