using Xunit.Sdk;

namespace Pipeline.TestSupport;

/// <summary>
/// A fact of a store contract, inherited by one test class per provider: skipped with the reason in a class marked
/// <see cref="RequiresPostgresAttribute"/> where PostgreSQL is missing, run everywhere else.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("Pipeline.TestSupport.StoreFactDiscoverer", "TestSupport")]
public sealed class StoreFactAttribute : FactAttribute;
