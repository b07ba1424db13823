using System.Collections.Concurrent;
using PartyMembers.Infrastructure.Seeding;

namespace PartyMembers.Web.Tests.Support;

/// One application and database for the whole test run (seeding the demo organisation takes seconds), with one
/// signed-in client per demo account. Tests that change data create their own records or use distinct ones.
public sealed class AppFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Task<AppClient>> _clients = new();

    public AppFactory Factory { get; } = new();

    /// The records the tests point at, read once before any test can change them.
    public MatrixData Data { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Starting the server applies migrations and seeds the demo data.
        _ = Factory.Server;
        Data = await MatrixData.LoadAsync(Factory);
        await MeetingsMatrixData.LoadAsync(Factory, Data);
        await TransferMatrixData.LoadAsync(Factory, Data);
        await WorkLifeMatrixData.LoadAsync(Factory, Data);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// A client that is not signed in.
    public AppClient Anonymous() => new(Factory);

    /// A signed-in client for a demo account (see <see cref="DemoAccounts"/>); made once and shared.
    public Task<AppClient> As(string userName) =>
        _clients.GetOrAdd(userName, async name =>
        {
            var client = new AppClient(Factory);
            await client.SignInAsync(name, AppFactory.Password);
            return client;
        });

    /// A new signed-in client of its own (for tests that sign out or need a separate session).
    public async Task<AppClient> NewSession(string userName)
    {
        var client = new AppClient(Factory);
        await client.SignInAsync(userName, AppFactory.Password);
        return client;
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
