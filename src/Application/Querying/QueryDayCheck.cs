namespace Pipeline.Querying;

/// <summary>What <see cref="QueryDays.TryParse"/> found in a typed day.</summary>
public enum QueryDayCheck
{
    /// <summary>A yyyy-MM-dd day inside the window.</summary>
    Valid,

    /// <summary>Not a yyyy-MM-dd day at all.</summary>
    Malformed,

    /// <summary>A real day, but before 1900-01-01 or after 2100-12-31.</summary>
    OutOfRange,
}
