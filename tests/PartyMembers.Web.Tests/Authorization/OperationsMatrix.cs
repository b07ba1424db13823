using PartyMembers.Infrastructure.Seeding;
using static PartyMembers.Web.Tests.Authorization.AuthorizationMatrix;

namespace PartyMembers.Web.Tests.Authorization;

/// Matrix rows of the operations pages (docs/security.md): the backups page is the administrator's alone; everyone
/// else gets 403 and anonymous the sign-in page. The administrator's POST makes a real backup of the test database
/// into the factory's temp folder.
public static class OperationsMatrix
{
    public static IEnumerable<MatrixRow> Rows()
    {
        yield return new("/Admin/Backups/Index", "GET", null, "list of backups", _ => "/Admin/Backups", Only(DemoAccounts.Admin));
        yield return new("/Admin/Backups/Index", "POST", null, "make a backup now", _ => "/Admin/Backups", Only(DemoAccounts.Admin));
    }
}
