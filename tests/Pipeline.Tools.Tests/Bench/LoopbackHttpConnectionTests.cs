using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Pipeline.Bench;
using Pipeline.Hosting;

namespace Pipeline.Tools.Tests.Bench;

public sealed class LoopbackHttpConnectionTests
{
    [Fact]
    public async Task GetAsync_ContentLengthAnswer_ReturnsStatusAndBody()
    {
        await using var server = await StartAsync(async context =>
        {
            var bytes = Encoding.UTF8.GetBytes("xin chào " + context.Request.QueryString.Value);
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes);
        });
        using var connection = await LoopbackHttpConnection.ConnectAsync(server.BaseUri);

        var (status, body) = await connection.GetAsync("/a?q=h%E1%BB%93");

        Assert.Equal(200, status);
        Assert.Equal("xin chào ?q=h%E1%BB%93", Encoding.UTF8.GetString(body.Span));
    }

    [Fact]
    public async Task GetAsync_ChunkedAnswerLargerThanTheBuffer_ReturnsTheWholeBody()
    {
        var expected = string.Concat(Enumerable.Range(0, 30_000).Select(i => $"{i},"));
        await using var server = await StartAsync(async context =>
        {
            // No length given and several flushes: Kestrel answers in chunks.
            foreach (var part in expected.Chunk(7_000))
            {
                await context.Response.WriteAsync(new string(part));
                await context.Response.Body.FlushAsync();
            }
        });
        using var connection = await LoopbackHttpConnection.ConnectAsync(server.BaseUri);

        var (status, body) = await connection.GetAsync("/big");

        Assert.Equal(200, status);
        Assert.Equal(expected, Encoding.UTF8.GetString(body.Span));
    }

    [Fact]
    public async Task GetAsync_SeveralRequests_ShareOneConnectionAndKeepEachBody()
    {
        await using var server = await StartAsync(async context =>
        {
            context.Response.StatusCode = context.Request.Path == "/missing" ? 404 : 200;
            await context.Response.WriteAsync($"{context.Connection.Id}|{context.Request.Path}");
        });
        using var connection = await LoopbackHttpConnection.ConnectAsync(server.BaseUri);

        var answers = new List<(int Status, string Body)>();
        foreach (var path in new[] { "/one", "/missing", "/three" })
        {
            var (status, body) = await connection.GetAsync(path);
            answers.Add((status, Encoding.UTF8.GetString(body.Span)));
        }

        Assert.Equal([200, 404, 200], answers.Select(a => a.Status));
        Assert.Equal(["/one", "/missing", "/three"], answers.Select(a => a.Body.Split('|')[1]));
        Assert.Single(answers.Select(a => a.Body.Split('|')[0]).Distinct());
    }

    [Fact]
    public async Task GetAsync_ServerDropsTheConnection_ThrowsIOException()
    {
        await using var server = await StartAsync(context =>
        {
            context.Abort();
            return Task.CompletedTask;
        });
        using var connection = await LoopbackHttpConnection.ConnectAsync(server.BaseUri);

        await Assert.ThrowsAsync<IOException>(() => connection.GetAsync("/gone"));
    }

    [Fact]
    public async Task ConnectAsync_NothingListening_ThrowsIOException()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        await Assert.ThrowsAsync<IOException>(() => LoopbackHttpConnection.ConnectAsync(new Uri($"http://127.0.0.1:{port}/")));
    }

    private static async Task<Server> StartAsync(RequestDelegate handler)
    {
        var (app, endPoint) = await LoopbackServer.StartAsync(handler);
        return new Server(app, new Uri($"http://{endPoint}/"));
    }

    private sealed class Server(WebApplication app, Uri baseUri) : IAsyncDisposable
    {
        public Uri BaseUri => baseUri;

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
