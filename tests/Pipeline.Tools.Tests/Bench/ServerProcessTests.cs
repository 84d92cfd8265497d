using Pipeline.Bench;

namespace Pipeline.Tools.Tests.Bench;

public sealed class ServerProcessTests
{
    [Theory]
    [InlineData("Pipeline đang phục vụ /tmp/x tại http://127.0.0.1:43125 (chỉ đọc). Ctrl+C để dừng.", "http://127.0.0.1:43125/")]
    [InlineData("info: Microsoft.Hosting.Lifetime[14] Now listening on: http://127.0.0.1:5080", "http://127.0.0.1:5080/")]
    public void ListeningAt_ServeOutputLine_ReturnsTheAddress(string line, string expected)
    {
        Assert.Equal(new Uri(expected), ServerProcess.ListeningAt(line));
    }

    [Theory]
    [InlineData("warn: the index is being built")]
    [InlineData("error: cannot listen on http://127.0.0.1:0 (address in use)")]
    public void ListeningAt_OtherLine_ReturnsNull(string line)
    {
        Assert.Null(ServerProcess.ListeningAt(line));
    }
}
