using Pipeline.Indexer.Search;

namespace Pipeline.Web.Pages;

/// <summary>What the search page shows.</summary>
/// <param name="Form">The search as asked.</param>
/// <param name="Results">The results; null when the search could not run.</param>
/// <param name="Error">Why the search could not run, for the person who typed it.</param>
/// <param name="PartnerNames">Display names of partner keys seen in the facts.</param>
internal sealed record SearchView(SearchForm Form, SearchResults? Results, string? Error, IReadOnlyDictionary<string, string> PartnerNames);
