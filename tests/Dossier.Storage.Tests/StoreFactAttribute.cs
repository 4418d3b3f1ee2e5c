using Xunit.Abstractions;
using Xunit.Sdk;

namespace Dossier.Storage.Tests;

/// <summary>
/// A contract test, run once per backend test class. It is skipped, with the reason, when the
/// class's backend is unavailable (see <see cref="IStoreBackend.SkipReason"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Dossier.Storage.Tests.StoreFactDiscoverer", "Dossier.Storage.Tests")]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Implemented by a backend test class; the static member says why it cannot run here.</summary>
public interface IStoreBackend
{
    static abstract string? SkipReason { get; }
}

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        ArgumentNullException.ThrowIfNull(testMethod);
        yield return new StoreTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
    }
}

public sealed class StoreTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase()
    {
    }

    public StoreTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, display, displayOptions, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute)
    {
        var type = TestMethod.TestClass.Class.ToRuntimeType();
        var property = type?.GetProperty(nameof(IStoreBackend.SkipReason), System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static);
        return property?.GetValue(null) as string ?? base.GetSkipReason(factAttribute);
    }
}
