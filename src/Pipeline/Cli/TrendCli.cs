using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Analysis.Trends;
using Pipeline.Composition;
using Pipeline.Querying;
using Pipeline.Storage;

namespace Pipeline.Cli;

/// <summary>What the trends and network commands share: the filter options, opening the service, writing the output.</summary>
internal static class TrendCli
{
    public const string Table = "table";
    public const string Csv = "csv";
    public const string JsonFormat = "json";

    public static Option<string?> From() => new("--from") { Description = $"Published on or after this day (2025-01-01, Vietnamese time; within {QueryDays.Window}).", HelpName = "DATE" };

    public static Option<string?> To() => new("--to") { Description = $"Published on or before this day (2025-12-31, Vietnamese time; within {QueryDays.Window}).", HelpName = "DATE" };

    public static Option<bool> CooperationOnly() => new("--cooperation-only") { Description = "Only articles about international cooperation." };

    public static Option<int> Top(string what)
    {
        var top = new Option<int>("--top") { Description = $"How many {what} to show (1-1000).", DefaultValueFactory = _ => 10, HelpName = "N" };
        top.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 1000) { r.AddError("--top must be between 1 and 1000."); } });
        return top;
    }

    public static Option<string> Interval()
    {
        var interval = new Option<string>("--interval") { Description = "month (default), quarter or year.", DefaultValueFactory = _ => "month" };
        interval.AcceptOnlyFromAmong("month", "quarter", "year");
        return interval;
    }

    public static Option<string> Format()
    {
        var format = new Option<string>("--format") { Description = "table (default), csv or json.", DefaultValueFactory = _ => Table };
        format.AcceptOnlyFromAmong(Table, Csv, JsonFormat);
        return format;
    }

    public static Option<bool> Bom() => new("--bom") { Description = "Start the output with a UTF-8 byte order mark, so spreadsheet programs read Vietnamese correctly." };

    public static Option<string?> Out() => new("--out") { Description = "Write the CSV or JSON to this file instead of standard output.", HelpName = "FILE" };

    public static Option<string?> Chart()
    {
        var chart = new Option<string?>("--chart") { Description = "Also draw a chart into this file (.svg or .png).", HelpName = "FILE" };
        chart.Validators.Add(r =>
        {
            var path = r.GetValueOrDefault<string?>();
            if (path is not null && Path.GetExtension(path).ToLowerInvariant() is not (".svg" or ".png"))
            {
                r.AddError("--chart needs a file name ending in .svg or .png.");
            }
        });
        return chart;
    }

    public static TrendInterval ParseInterval(string? value) => value switch
    {
        "quarter" => TrendInterval.Quarter,
        "year" => TrendInterval.Year,
        _ => TrendInterval.Month,
    };

    /// <summary>The output format: --json wins over --format.</summary>
    public static string FormatOf(ParseResult parseResult, Option<string> format, Option<bool> json) =>
        parseResult.GetValue(json) ? JsonFormat : parseResult.GetValue(format) ?? Table;

    public static TrendFilter Filter(ParseResult parseResult, Option<string?> from, Option<string?> to, Option<bool> cooperationOnly)
    {
        var first = Day(parseResult.GetValue(from), "--from");
        var last = Day(parseResult.GetValue(to), "--to");
        if (first > last)
        {
            throw new UsageException($"--from {first:yyyy-MM-dd} is after --to {last:yyyy-MM-dd}.");
        }

        return new TrendFilter(first, last, parseResult.GetValue(cooperationOnly));
    }

    /// <summary>Refuses, before any reading, a range given at both ends that spans more than <see cref="TrendSpan.MaxIntervals"/> intervals.</summary>
    /// <exception cref="UsageException">The range is too wide; the message names the limit.</exception>
    public static void RequireSpan(TrendFilter filter, TrendInterval interval)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.From is { } first && filter.To is { } last && !TrendSpan.Fits(first, last, interval))
        {
            throw TooWide(first, last, interval);
        }
    }

    /// <summary>
    /// The series if it stays within <see cref="TrendSpan.MaxIntervals"/> intervals. An open --from or --to runs to the
    /// archive's first or last dated article, so only the answer tells whether the range was too wide.
    /// </summary>
    /// <exception cref="UsageException">Too many intervals; the message names the limit.</exception>
    public static TrendSeries Bounded(TrendSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.Periods.Count <= TrendSpan.MaxIntervals ? series : throw TooWide(series.Periods[0].Start, series.Periods[^1].End, series.Interval);
    }

    /// <summary>Opens the data directory's store read-only in spirit (the trend tables may catch up) and the service over it.</summary>
    public static async Task<(TrendService Service, ITrendStore Store)> OpenAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        services.GetRequiredService<DataDirectory>().RequireExisting();
        await services.GetRequiredService<StoreConnection>().OpenAsync(StoreAccess.Existing, cancellationToken);
        return (services.GetRequiredService<TrendService>(), services.GetRequiredService<ITrendStore>());
    }

    /// <summary>Writes CSV or JSON to a file (with an optional BOM) or to standard output.</summary>
    public static async Task WriteAsync(CliContext context, string text, string? path, bool bom, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            await context.Out.WriteAsync((bom ? "\uFEFF" : string.Empty) + text);
            return;
        }

        try
        {
            await File.WriteAllTextAsync(path, text, new UTF8Encoding(bom), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"Cannot write {path}: {ex.Message}", ex);
        }

        await context.Error.WriteLineAsync($"Written to {path}.");
    }

    /// <summary>Draws a chart, turning file errors into a clear message.</summary>
    public static async Task ChartAsync(CliContext context, string path, Action<string> draw)
    {
        try
        {
            draw(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"Cannot write the chart {path}: {ex.Message}", ex);
        }

        await context.Error.WriteLineAsync($"Chart written to {path}.");
    }

    public static string Number(decimal value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);

    public static string Share(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A day as typed on the command line: yyyy-MM-dd inside <see cref="QueryDays"/>' window.</summary>
    /// <exception cref="UsageException">Not such a day; the message names the option and the window.</exception>
    public static DateOnly? Day(string? typed, string option) => typed is null ? null : QueryDays.TryParse(typed, out var day) switch
    {
        QueryDayCheck.Valid => day,
        QueryDayCheck.OutOfRange => throw new UsageException($"{option} '{typed}' is outside the supported days {QueryDays.Window}."),
        _ => throw new UsageException($"{option} '{typed}' is not a date such as 2025-05-20."),
    };

    private static UsageException TooWide(DateOnly first, DateOnly last, TrendInterval interval)
    {
        var unit = interval.ToString().ToLowerInvariant();
        return new UsageException(string.Create(
            CultureInfo.InvariantCulture,
            $"{Day(first)} to {Day(last)} is {TrendSpan.Intervals(first, last, interval):N0} {unit}s; a trend covers at most {TrendSpan.MaxIntervals} intervals. Narrow --from/--to or choose a wider --interval (quarter, year)."));
    }
}
