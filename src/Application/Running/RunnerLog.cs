using Microsoft.Extensions.Logging;

namespace Pipeline.Running;

/// <summary>The run orchestration's structured log events.</summary>
internal static partial class RunnerLog
{
    [LoggerMessage(101, LogLevel.Warning, "Run #{RunId} was interrupted (its process died); this run resumes its work")]
    public static partial void FoundInterrupted(ILogger logger, long runId);

    [LoggerMessage(102, LogLevel.Information, "Run #{RunId} started ({Kind}, fired by {FiredBy})")]
    public static partial void Started(ILogger logger, long runId, string kind, string firedBy);

    [LoggerMessage(103, LogLevel.Information, "Run #{RunId} finished {Status}: {New} new, {Updated} updated, {Analyzed} analysed, {Indexed} indexed")]
    public static partial void Finished(ILogger logger, long runId, string status, int @new, int updated, int analyzed, int indexed);

    [LoggerMessage(104, LogLevel.Warning, "Run #{RunId}: stop requested during {Stage}; committing what is stored (up to {Grace})")]
    public static partial void Stopping(ILogger logger, long runId, string stage, TimeSpan grace);

    [LoggerMessage(105, LogLevel.Warning, "Run #{RunId}: the stop grace ran out; the next run analyses and indexes the rest")]
    public static partial void GraceRanOut(ILogger logger, long runId);

    [LoggerMessage(106, LogLevel.Error, "Run #{RunId} failed during {Stage}")]
    public static partial void Failed(ILogger logger, Exception exception, long runId, string stage);

    [LoggerMessage(108, LogLevel.Error, "Run #{RunId} failed during {Stage}: {Reason}")]
    public static partial void FailedForLackOfSpace(ILogger logger, long runId, string stage, string reason);

    [LoggerMessage(107, LogLevel.Warning, "Run #{RunId}: its counts so far could not be saved; the run goes on")]
    public static partial void ProgressNotSaved(ILogger logger, Exception exception, long runId);

    [LoggerMessage(109, LogLevel.Warning, "Article {ArticleId} could not be analysed; it is stored and indexed without facts")]
    public static partial void ArticleNotAnalysed(ILogger logger, Exception exception, string articleId);
}
