using PartyMembers.Infrastructure.Seeding;
using static PartyMembers.Web.Tests.Authorization.AuthorizationMatrix;

namespace PartyMembers.Web.Tests.Authorization;

/// Matrix rows of the sessions pages (docs/security.md "Sign-in and sessions"): every signed-in user sees their own
/// sessions (an empty form ends nothing: it names no session); only the administrator sees and ends another account's.
public static class SessionsMatrix
{
    public static IEnumerable<MatrixRow> Rows()
    {
        yield return new("/Account/Sessions", "GET", null, "own sessions", _ => "/Account/Sessions", Everyone(Expect.Allow, Expect.Login));
        yield return new("/Account/Sessions", "POST", null, "empty form", _ => "/Account/Sessions", Everyone(Expect.Allow, Expect.Login));

        var admin = Only(DemoAccounts.Admin);
        var adminUnknown = Users.ToDictionary(u => u, u => u == Anonymous ? Expect.Login : u == DemoAccounts.Admin ? Expect.NotFound : Expect.Forbid);
        yield return new("/Admin/Users/Sessions", "GET", null, "another account", d => $"/Admin/Users/Sessions/{d.OtherUser}", admin);
        yield return new("/Admin/Users/Sessions", "POST", null, "empty form (no reason)", d => $"/Admin/Users/Sessions/{d.OtherUser}", admin);
        yield return new("/Admin/Users/Sessions", "GET", null, "unknown record", _ => $"/Admin/Users/Sessions/{Guid.NewGuid()}", adminUnknown);
        yield return new("/Admin/Users/Sessions", "POST", null, "unknown record", _ => $"/Admin/Users/Sessions/{Guid.NewGuid()}", adminUnknown);
    }
}
