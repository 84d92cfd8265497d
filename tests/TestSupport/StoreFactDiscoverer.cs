using Xunit.Abstractions;
using Xunit.Sdk;

namespace Pipeline.TestSupport;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests: skipped ones where the class's provider is missing.</summary>
/// <param name="diagnosticMessageSink">xunit's diagnostics.</param>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    /// <inheritdoc />
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        StoreSkip.For(testMethod) is { } reason
            ? [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, factAttribute);
}
