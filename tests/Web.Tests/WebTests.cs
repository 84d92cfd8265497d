namespace Pipeline.Tests.Web;

/// <summary>The web tests share one crawled archive and one running app.</summary>
[CollectionDefinition(Name)]
public sealed class WebTests : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
