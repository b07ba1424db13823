using PartyMembers.Testing;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Sessions;

/// An application of its own for the session tests: its clock can be moved forward (timeouts), and it trusts one
/// made-up load balancer address for forwarded headers.
public sealed class SessionsFixture : IAsyncLifetime
{
    public const string Proxy = "10.9.8.7";

    public ShiftableClock Clock { get; } = new();

    public AppFactory Factory { get; }

    public MatrixData Data { get; private set; } = null!;

    public SessionsFixture()
    {
        Factory = new AppFactory
        {
            Clock = Clock,
            Settings = new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = Proxy },
        };
    }

    public async Task InitializeAsync()
    {
        _ = Factory.Server;
        Data = await MatrixData.LoadAsync(Factory);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SessionsCollection : ICollectionFixture<SessionsFixture>
{
    public const string Name = "sessions";
}
