using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyMembers.Domain.Accounts;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Operations;

/// Production starts with no account; the first administrator is made by the documented shell command
/// (docs/deployment.md), and can then sign in.
public sealed class CreateAdminCommandTests : IDisposable
{
    private const string Password = "a long passphrase for the first admin";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pm-admin-" + Guid.NewGuid().ToString("N"));

    private string Database => Path.Combine(_folder, "prod.db");

    [Fact]
    public async Task The_command_creates_the_top_unit_and_the_administrator_and_production_has_no_demo_account()
    {
        Directory.CreateDirectory(_folder);
        var (exitCode, output) = await RunCommandAsync("create-admin", "--user", "qt.tinhuy", "--display-name", "Quản trị Tỉnh ủy");
        Assert.True(exitCode == 0, output);
        Assert.Contains("qt.tinhuy", output, StringComparison.Ordinal);

        using var factory = new ProductionFactory(Database, Path.Combine(_folder, "logs"));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyMembersDbContext>();
            var users = await db.Users.Select(u => u.UserName).ToListAsync();
            Assert.Equal(["qt.tinhuy"], users);
            var top = await db.Units.SingleAsync();
            Assert.Equal("Đảng bộ các cơ quan Đảng tỉnh Hà Tĩnh", top.Name);
            var assignment = await db.RoleAssignments.SingleAsync();
            Assert.Equal(Role.Administrator, assignment.Role);
            Assert.Equal(top.Id, assignment.UnitId);
            Assert.Equal(0, await db.Members.CountAsync());
        }

        // Production requires two-step sign-in: the first sign-in lands on enrolling an authenticator.
        var client = new AppClient(factory);
        var signIn = await Account.TwoFactorSteps.PasswordAsync(client, "qt.tinhuy", Password);
        Assert.Equal(Account.TwoFactorSteps.Enrolment, signIn.Headers.Location?.OriginalString);
        Assert.Equal(Account.TwoFactorSteps.Enrolment, (await client.GetAsync("/Admin")).Headers.Location?.OriginalString);
        await Account.TwoFactorSteps.EnrolAsync(client, Password);
        var (response, document) = await client.GetPageAsync("/Admin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Quản trị", document.Title, StringComparison.Ordinal);
        var demo = new AppClient(factory);
        await Assert.ThrowsAsync<InvalidOperationException>(() => demo.SignInAsync("admin", AppFactory.Password));
    }

    [Fact]
    public async Task The_command_refuses_a_short_password_and_creates_no_account()
    {
        Directory.CreateDirectory(_folder);
        var (exitCode, output) = await RunCommandAsync(["create-admin", "--user", "qt.ngan"], password: "short");

        Assert.NotEqual(0, exitCode);
        using var factory = new ProductionFactory(Database, Path.Combine(_folder, "logs"));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyMembersDbContext>();
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Contains("Cannot create the account", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_explains_a_password_refused_by_the_policy()
    {
        Directory.CreateDirectory(_folder);
        var (exitCode, output) = await RunCommandAsync(["create-admin", "--user", "qt.dangbo"], password: "quan tri dang bo tinh");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("must not contain the organisation's name", output, StringComparison.Ordinal);
    }

    private Task<(int ExitCode, string Output)> RunCommandAsync(params string[] arguments) => RunCommandAsync(arguments, Password);

    private async Task<(int ExitCode, string Output)> RunCommandAsync(string[] arguments, string password)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={Database}";
        start.Environment["Logging__File__Path"] = Path.Combine(_folder, "logs", "cmd-.log");
        start.Environment["Logging__MinimumLevel"] = "Warning";
        start.Environment["PARTYMEMBERS_ADMIN_PASSWORD"] = password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await error);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the system's temp clean-up if a file is still open.
        }
    }

    private sealed class ProductionFactory(string database, string logs) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={database}");
            builder.UseSetting("Logging:File:Path", Path.Combine(logs, "app-.log"));
            builder.UseSetting("Logging:MinimumLevel", "Warning");
        }
    }
}
