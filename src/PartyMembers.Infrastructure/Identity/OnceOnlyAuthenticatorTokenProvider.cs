using Microsoft.AspNetCore.Identity;

namespace PartyMembers.Infrastructure.Identity;

/// Replaces Identity's AuthenticatorTokenProvider, which accepts a code from two steps either side and as often as it
/// is typed: here one step either side, and each step once per user (<see cref="TimeBasedCode"/>). The accepted step
/// is saved with the user; two requests racing with the same code meet the user's concurrency stamp, and one fails.
public sealed class OnceOnlyAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<ApplicationUser>
{
    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// The app makes the code; the server never sends one.
    public Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key))
        {
            return false;
        }

        var step = TimeBasedCode.Match(Base32.Decode(key), token, clock.GetUtcNow(), user.LastAuthenticatorStep);
        if (step is null)
        {
            return false;
        }

        user.LastAuthenticatorStep = step;
        var saved = await manager.UpdateAsync(user);
        return saved.Succeeded;
    }
}
