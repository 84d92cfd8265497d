using System.ComponentModel.DataAnnotations;

namespace Pipeline.Analysis.Trends;

/// <summary>How reported figures of syndicated copies are recognised (see <see cref="SyndicationRule"/>).</summary>
public sealed class TrendOptions
{
    /// <summary>
    /// Longest gap between the publication days of two copies of one story. Default 7 days; range 0 to 90 days.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "90.00:00:00")]
    public TimeSpan SyndicationWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Largest number of differing bits (of 64) between the story signatures of two copies. Default 12 (about 0.83
    /// cosine similarity of the texts' word trigrams); range 0 to 32.
    /// </summary>
    [Range(0, 32)]
    public int SyndicationMaxDistance { get; set; } = 12;
}
