using Pipeline.Tests.Web;

namespace Pipeline.Tests.Cli;

/// <summary>The commands' tests that read one crawled archive share <see cref="WebFixture"/>'s, as the web tests do.</summary>
[CollectionDefinition(Name)]
public sealed class ArchiveTests : ICollectionFixture<WebFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "archive";
}
