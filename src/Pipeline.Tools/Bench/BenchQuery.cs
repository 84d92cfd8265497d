namespace Pipeline.Bench;

/// <summary>One timed query of <c>bench index</c>; filtered queries carry a topic and a time range.</summary>
/// <param name="Kind">"one-term", "two-term", "phrase" or "filtered+faceted".</param>
/// <param name="Text">The query in our syntax.</param>
/// <param name="Topic">Topic filter, or null.</param>
/// <param name="From">Start of the time range, or null.</param>
/// <param name="To">End of the time range (exclusive), or null.</param>
internal sealed record BenchQuery(string Kind, string Text, string? Topic = null, DateTimeOffset? From = null, DateTimeOffset? To = null);
