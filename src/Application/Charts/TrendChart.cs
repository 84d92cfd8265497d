using Pipeline.Analysis.Trends;
using ScottPlot;

namespace Pipeline.Charts;

/// <summary>
/// Trend charts with ScottPlot: a value per band of stacked areas, a line per value or stacked bars over the
/// intervals, and partner countries stacked by topic. "Others" (<see cref="Querying.TrendOthers"/>) is drawn grey. Titles, axes and legends are in Vietnamese; the file's extension chooses SVG or PNG.
/// </summary>
public static class TrendChart
{
    private const int Width = 1200;
    private const int Height = 700;

    private static readonly ScottPlot.Palettes.Category10 Palette = new();

    private static readonly Color OthersColor = new(176, 176, 176);

    private static readonly Dictionary<TrendDimension, string> DimensionNames = new()
    {
        [TrendDimension.Topic] = "chủ đề",
        [TrendDimension.Country] = "quốc gia đối tác",
        [TrendDimension.Partner] = "đối tác",
        [TrendDimension.Outlet] = "cơ quan báo chí",
    };

    private static readonly Dictionary<TrendInterval, string> IntervalNames = new()
    {
        [TrendInterval.Month] = "tháng",
        [TrendInterval.Quarter] = "quý",
        [TrendInterval.Year] = "năm",
    };

    /// <summary>Draws a series: one line per value, or stacked bars per interval.</summary>
    public static void Save(TrendSeries series, bool stacked, string path) => Write(Draw(series, stacked ? TrendChartKind.Bars : TrendChartKind.Lines), path);

    /// <summary>A series as a PNG image, for the web app.</summary>
    public static byte[] Png(TrendSeries series, TrendChartKind kind) => Draw(series, kind).GetImageBytes(Width, Height, ImageFormat.Png);

    private static Plot Draw(TrendSeries series, TrendChartKind kind)
    {
        ArgumentNullException.ThrowIfNull(series);
        var title = $"Số bài viết theo {DimensionNames[series.Dimension]}, theo {IntervalNames[series.Interval]}"
            + (series.Filter.CooperationOnly ? " (chỉ bài về hợp tác quốc tế)" : string.Empty);
        var categories = series.Periods.Select(p => PeriodLabel(p.Key)).ToList();
        var groups = series.Lines.Select(l => (l.Label, Values: l.Articles.Select(a => (double)a).ToList())).ToList();
        var colors = series.Lines.Select((l, i) => l.Key == Querying.TrendOthers.Key ? OthersColor : Palette.GetColor(i)).ToList();
        var plot = kind switch
        {
            TrendChartKind.Area => StackedAreas(categories, groups, colors),
            TrendChartKind.Bars => StackedBars(categories, groups, colors),
            _ => Lines(categories, groups, colors),
        };
        Finish(plot, title, $"Kỳ ({IntervalNames[series.Interval]})", "Số bài viết", categories.Concat(groups.Select(g => g.Label)));
        return plot;
    }

    /// <summary>Draws partner countries as bars stacked by topic.</summary>
    public static void Save(CountryTopicMatrix matrix, string path) => Write(Draw(matrix), path);

    /// <summary>Partner countries by topic as a PNG image, for the web app.</summary>
    public static byte[] Png(CountryTopicMatrix matrix) => Draw(matrix).GetImageBytes(Width, Height, ImageFormat.Png);

    private static Plot Draw(CountryTopicMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var categories = matrix.Countries.Select(c => c.Label).ToList();
        var groups = matrix.Topics.Select(t => (t.Label, Values: matrix.Countries
            .Select(c => (double)(matrix.Cells.FirstOrDefault(x => x.CountryCode == c.Key && x.Topic == t.Key)?.Articles ?? 0)).ToList())).ToList();
        var plot = StackedBars(categories, groups, groups.Select((_, i) => Palette.GetColor(i)).ToList());
        var title = "Quốc gia đối tác theo chủ đề hợp tác" + (matrix.Filter.CooperationOnly ? " (chỉ bài về hợp tác quốc tế)" : string.Empty);
        Finish(plot, title, "Quốc gia đối tác", "Số bài viết (một bài có thể thuộc nhiều chủ đề)", categories.Concat(groups.Select(g => g.Label)));
        return plot;
    }

    private static Plot Lines(List<string> categories, List<(string Label, List<double> Values)> groups, List<Color> colors)
    {
        var plot = new Plot();
        var xs = Enumerable.Range(0, categories.Count).Select(i => (double)i).ToArray();
        for (var g = 0; g < groups.Count; g++)
        {
            var line = plot.Add.Scatter(xs, groups[g].Values.ToArray(), colors[g]);
            line.LegendText = groups[g].Label;
            line.LineWidth = 2;
            line.MarkerSize = categories.Count > 24 ? 0 : 5;
        }

        Ticks(plot, categories);
        plot.Axes.SetLimitsY(0, Math.Max(1, groups.SelectMany(g => g.Values).DefaultIfEmpty(0).Max()) * 1.08);
        return plot;
    }

    private static Plot StackedAreas(List<string> categories, List<(string Label, List<double> Values)> groups, List<Color> colors)
    {
        var plot = new Plot();
        var xs = Enumerable.Range(0, categories.Count).Select(i => (double)i).ToArray();
        var bottoms = new double[categories.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var tops = bottoms.Select((b, i) => b + groups[g].Values[i]).ToArray();
            var band = plot.Add.FillY(xs, bottoms, tops);
            band.FillColor = colors[g].WithAlpha(0.85);
            band.LineColor = colors[g];
            band.LegendText = groups[g].Label;
            bottoms = tops;
        }

        Ticks(plot, categories);
        plot.Axes.SetLimitsY(0, Math.Max(1, bottoms.DefaultIfEmpty(0).Max()) * 1.08);
        return plot;
    }

    private static Plot StackedBars(List<string> categories, List<(string Label, List<double> Values)> groups, List<Color> colors)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        var tops = new double[categories.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var color = colors[g];
            for (var i = 0; i < categories.Count; i++)
            {
                var value = groups[g].Values[i];
                if (value > 0)
                {
                    bars.Add(new Bar { Position = i, ValueBase = tops[i], Value = tops[i] + value, FillColor = color, LineWidth = 0 });
                    tops[i] += value;
                }
            }

            plot.Legend.ManualItems.Add(new LegendItem { LabelText = groups[g].Label, FillColor = color });
        }

        plot.Add.Bars(bars);
        Ticks(plot, categories);
        plot.Axes.SetLimitsY(0, Math.Max(1, tops.DefaultIfEmpty(0).Max()) * 1.08);
        return plot;
    }

    private static void Ticks(Plot plot, List<string> categories)
    {
        // Long runs of months would overlap: label every k-th interval so at most about 24 labels show.
        var step = Math.Max(1, (int)Math.Ceiling(categories.Count / 24.0));
        var positions = Enumerable.Range(0, categories.Count).Where(i => i % step == 0).ToList();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions.Select(i => (double)i).ToArray(), positions.Select(i => categories[i]).ToArray());
        if (categories.Count > 8 || categories.Any(c => c.Length > 10))
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = 35;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
            // The axis measures its labels unrotated: leave room so slanted labels clear the axis title.
            plot.Axes.Bottom.MinimumSize = 40 + (7 * categories.Max(c => c.Length));
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };

        plot.Axes.SetLimitsX(-0.6, Math.Max(0.6, categories.Count - 0.4));
    }

    private static void Finish(Plot plot, string title, string xLabel, string yLabel, IEnumerable<string> labels)
    {
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        var font = ChartFont.For(labels.Append(title).Append(xLabel).Append(yLabel));
        plot.Font.Set(font);
        plot.ShowLegend(Edge.Right);
        plot.Legend.FontName = font;
        plot.Legend.FontSize = 13;
    }

    private static void Write(Plot plot, string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        if (extension == ".svg")
        {
            plot.SaveSvg(path, Width, Height);
        }
        else
        {
            plot.SavePng(path, Width, Height);
        }
    }

    /// <summary>An interval's key as its axis label: "05/2025", "Q2/2025", "2025".</summary>
    public static string PeriodLabel(string key) =>
        key.Length == 7 && key[4] == '-' && key[5] == 'Q' ? $"Q{key[6]}/{key[..4]}"
        : key.Length == 7 && key[4] == '-' ? $"{key[5..]}/{key[..4]}"
        : key;
}
