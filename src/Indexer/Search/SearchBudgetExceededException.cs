namespace Pipeline.Indexer.Search;

/// <summary>Thrown inside collection when a search has used its time budget; the searcher returns what it has.</summary>
internal sealed class SearchBudgetExceededException : Exception;
