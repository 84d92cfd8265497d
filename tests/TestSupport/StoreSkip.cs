using Xunit.Abstractions;

namespace Pipeline.TestSupport;

/// <summary>Why a store test cannot run here: its class needs PostgreSQL and the machine lacks it.</summary>
internal static class StoreSkip
{
    public static string? For(ITestMethod testMethod) =>
        testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute).AssemblyQualifiedName).Any()
            ? PostgresServer.SkipReason
            : null;
}
