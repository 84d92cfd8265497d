using Xunit.Sdk;

namespace Pipeline.TestSupport;

/// <summary>A theory of a store contract; see <see cref="StoreFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("Pipeline.TestSupport.StoreTheoryDiscoverer", "TestSupport")]
public sealed class StoreTheoryAttribute : TheoryAttribute;
