namespace Pipeline.Demo;

/// <summary>A fictional outlet of the demo site, served under its own host name on loopback.</summary>
/// <param name="Host">Virtual host name, resolved to the local server by the crawler's host overrides.</param>
/// <param name="Name">The outlet's display name.</param>
internal sealed record DemoOutlet(string Host, string Name)
{
    public static DemoOutlet Default { get; } = new("nhipsongyte.demo.localhost", "Nhịp sống Y tế");

    public Uri BaseUri => new($"http://{Host}/");

    public static string SectionName(string section) => section switch
    {
        "hop-tac-quoc-te" => "Hợp tác quốc tế",
        "phong-chong-dich" => "Phòng chống dịch",
        "an-toan-thuc-pham" => "An toàn thực phẩm",
        _ => "Tin tức",
    };
}
