using Pipeline.Analysis.Dates;

namespace Pipeline.Analysis.Tests.Dates;

public sealed class CandidateSettlerTests
{
    [Fact]
    public void Settle_Overlapping_LongestWinsInTextOrder()
    {
        DateCandidate[] candidates =
        [
            new(10, 8, "2025-05"),
            new(4, 20, "2025-05-01/2025-05-10"),
            new(30, 5, "2024"),
            new(26, 6, "2023"),
        ];

        var settled = CandidateSettler.Settle(candidates, 40);

        Assert.Equal(["2025-05-01/2025-05-10", "2023"], settled.Select(c => c.Resolved));
    }

    [Fact]
    public void Settle_SameLength_EarlierWins()
    {
        var settled = CandidateSettler.Settle([new DateCandidate(5, 4, "b"), new DateCandidate(3, 4, "a")], 10);

        Assert.Equal("a", Assert.Single(settled).Resolved);
    }

    [Fact]
    public void Settle_Adjacent_BothKept()
    {
        var settled = CandidateSettler.Settle([new DateCandidate(0, 4, "a"), new DateCandidate(4, 4, "b")], 8);

        Assert.Equal(2, settled.Count);
    }
}
