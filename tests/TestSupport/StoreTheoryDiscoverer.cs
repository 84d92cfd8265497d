using Xunit.Abstractions;
using Xunit.Sdk;

namespace Pipeline.TestSupport;

/// <summary>Discovers <see cref="StoreTheoryAttribute"/> tests: one skipped case where the class's provider is missing.</summary>
/// <param name="diagnosticMessageSink">xunit's diagnostics.</param>
public sealed class StoreTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    /// <inheritdoc />
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        StoreSkip.For(testMethod) is { } reason
            ? [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
}
