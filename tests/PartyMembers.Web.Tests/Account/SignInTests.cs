using System.Buffers.Binary;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Account;

/// Password hashing and lockout on the sign-in page.
public sealed class SignInTests(SignInTests.App app) : IClassFixture<SignInTests.App>
{
    public sealed class App : IDisposable
    {
        public AccountTestApp Accounts { get; } = new();

        public void Dispose() => Accounts.Dispose();
    }

    private const string Password = "mot cau rat dai de nho 2026";

    [Fact]
    public async Task A_hash_made_with_100000_iterations_is_upgraded_to_210000_at_the_next_sign_in()
    {
        var id = await app.Accounts.CreateUserAsync("rehash.user", Password);
        Assert.Equal(210_000, Iterations((await app.Accounts.UserAsync(id)).PasswordHash!));

        var old = new PasswordHasher<ApplicationUser>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }));
        await app.Accounts.Factory.WithDbAsync(async db =>
        {
            var user = await db.Users.FindAsync(id);
            user!.PasswordHash = old.HashPassword(user, Password);
            db.ChangeReason = "test: an old hash";
            return await db.SaveChangesAsync();
        });
        Assert.Equal(100_000, Iterations((await app.Accounts.UserAsync(id)).PasswordHash!));

        await new AppClient(app.Accounts.Factory).SignInAsync("rehash.user", Password);

        var upgraded = (await app.Accounts.UserAsync(id)).PasswordHash!;
        Assert.Equal(210_000, Iterations(upgraded));
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(Convert.FromBase64String(upgraded).AsSpan(1, 4))); // HMAC-SHA512
        await new AppClient(app.Accounts.Factory).SignInAsync("rehash.user", Password);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_even_the_right_one_is_refused()
    {
        var id = await app.Accounts.CreateUserAsync("lockout.user", Password);
        var client = new AppClient(app.Accounts.Factory);
        for (var i = 0; i < 5; i++)
        {
            var wrong = await TwoFactorSteps.PasswordAsync(client, "lockout.user", "wrong password number " + i);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await TwoFactorSteps.PasswordAsync(client, "lockout.user", Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Tài khoản tạm khóa", (await AppClient.ParseAsync(right)).Text(), StringComparison.Ordinal);
        var user = await app.Accounts.UserAsync(id);
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14));
    }

    /// Identity's V3 format: marker, PRF (big-endian), iteration count (big-endian), salt length, salt, subkey.
    private static int Iterations(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]);
        return (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4));
    }
}
