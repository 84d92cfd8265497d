namespace Pipeline.Analysis.Dates;

/// <summary>Keeps the longest of overlapping candidates (the earlier one on a tie), in time linear in the text.</summary>
internal static class CandidateSettler
{
    /// <summary>The candidates that overlap no longer one, in text order.</summary>
    /// <param name="candidates">All candidates; their spans lie within a text of <paramref name="textLength"/> characters.</param>
    /// <param name="textLength">The length of the text.</param>
    /// <returns>Non-overlapping candidates ordered by start.</returns>
    public static List<DateCandidate> Settle(IEnumerable<DateCandidate> candidates, int textLength)
    {
        // Accepted spans never overlap, so each character is marked at most once; a candidate is checked against the
        // marks under its own span only, which keeps the whole pass proportional to the text and the candidates' spans.
        var taken = new bool[textLength];
        var accepted = new List<DateCandidate>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Length).ThenBy(c => c.Start))
        {
            if (Free(taken, candidate))
            {
                Array.Fill(taken, true, candidate.Start, candidate.Length);
                accepted.Add(candidate);
            }
        }

        accepted.Sort((a, b) => a.Start.CompareTo(b.Start));
        return accepted;
    }

    private static bool Free(bool[] taken, DateCandidate candidate) =>
        Array.IndexOf(taken, true, candidate.Start, candidate.Length) < 0;
}
