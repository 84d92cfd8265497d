namespace Pipeline.Corpus;

/// <summary>A fictional outlet of the demo site, served under its own host name on loopback.</summary>
/// <param name="Key">The key articles name in their "outlet" header.</param>
/// <param name="Host">Virtual host name, resolved to the local server by the crawler's host overrides.</param>
/// <param name="Name">The outlet's display name.</param>
/// <param name="Charset">The charset its HTML pages are encoded in.</param>
internal sealed record DemoOutlet(string Key, string Host, string Name, string Charset)
{
    public static IReadOnlyList<DemoOutlet> All { get; } =
    [
        new("nhipsongyte", "nhipsongyte.demo.localhost", "Nhịp sống Y tế", "utf-8"),
        new("suckhoecongdong", "suckhoecongdong.demo.localhost", "Sức khỏe Cộng đồng", "utf-8"),
        new("thoibaoyhoc", "thoibaoyhoc.demo.localhost", "Thời báo Y học", "windows-1258"),
        new("hoptacyte", "hoptacyte.demo.localhost", "Cổng tin Hợp tác Y tế", "utf-8"),
    ];

    public Uri BaseUri => new($"http://{Host}/");

    public string Url(string path) => new Uri(BaseUri, path).AbsoluteUri;

    public static DemoOutlet Get(string key) =>
        All.FirstOrDefault(o => o.Key == key) ?? throw new InvalidDataException($"Unknown demo outlet '{key}'; known: {string.Join(", ", All.Select(o => o.Key))}.");

    public static string SectionName(string section) => section switch
    {
        "hop-tac-quoc-te" => "Hợp tác quốc tế",
        "phong-chong-dich" => "Phòng chống dịch",
        "an-toan-thuc-pham" => "An toàn thực phẩm",
        "benh-vien" => "Bệnh viện",
        "y-te-so" => "Y tế số",
        _ => "Tin tức",
    };
}
