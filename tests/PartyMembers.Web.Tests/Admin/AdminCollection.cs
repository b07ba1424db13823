using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Common;
using PartyMembers.Infrastructure.Auditing;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Admin;

/// The administrator's tests change units, accounts, calendar entries and rule versions, so they run on an application
/// of their own, seeded once for all of them (the classes of a collection run one after another).
[CollectionDefinition(Name)]
public sealed class AdminCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "admin";
}

/// What the admin tests do through the pages more than once: create the records a test works on, and read the audit.
internal static class AdminSteps
{
    /// The entity name the audit gives to accounts. Sign-in bookkeeping (failed attempts, lockout) writes such rows as
    /// "anonymous", so the "nothing saved" checks count every other row and look at accounts separately.
    public const string AccountEntity = "ApplicationUser";

    public static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    public static string D(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static Task<AppClient> AdminAsync(AppFixture app) => app.As(DemoAccounts.Admin);

    /// Audit rows on anything but accounts.
    public static Task<int> AuditCountAsync(AppFixture app) =>
        app.Factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity != AccountEntity && (a.Action == PartyMembers.Infrastructure.Auditing.AuditAction.Insert || a.Action == PartyMembers.Infrastructure.Auditing.AuditAction.Update || a.Action == PartyMembers.Infrastructure.Auditing.AuditAction.Delete)));

    /// The newest audit row on one record.
    public static Task<AuditEntry> LastAuditAsync(AppFixture app, string entity, Guid key) =>
        app.Factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == entity && a.EntityKey == key.ToString())
            .OrderByDescending(a => a.Id).FirstAsync());

    public static Task<List<AuditEntry>> AuditOfAsync(AppFixture app, string entity, Guid key) =>
        app.Factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == entity && a.EntityKey == key.ToString())
            .OrderBy(a => a.Id).ToListAsync());

    public static Task<Guid> UnitIdAsync(AppFixture app, string name) =>
        app.Factory.WithDbAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    /// Creates a unit through the page, established today, and returns its id.
    public static async Task<Guid> CreateUnitAsync(AppFixture app, Guid parentId, string type, string name)
    {
        var admin = await AdminAsync(app);
        var response = await admin.SubmitAsync($"/Admin/Units/Create?parent={parentId}", "form[data-testid=unit-create-form]",
            new Dictionary<string, string>
            {
                ["Input.ParentId"] = parentId.ToString(),
                ["Input.Type"] = type,
                ["Input.Name"] = name,
                ["Input.Code"] = "",
                ["Input.EstablishedOn"] = D(Today),
            });
        await ExpectRedirectAsync(response, "creating unit " + name);
        return await UnitIdAsync(app, name);
    }

    /// Opens an account through the page and returns its id.
    public static async Task<Guid> CreateUserAsync(AppFixture app, string userName, string password)
    {
        var admin = await AdminAsync(app);
        var response = await admin.SubmitAsync("/Admin/Users/Create", "form[data-testid=user-create-form]", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.DisplayName"] = "Tài khoản thử " + userName,
            ["Input.Password"] = password,
        });
        await ExpectRedirectAsync(response, "creating account " + userName);
        return await app.Factory.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
    }

    /// Gives an account a role in a unit from <paramref name="from"/>, open-ended, and returns the assignment's id.
    public static async Task<Guid> AddAssignmentAsync(AppFixture app, Guid userId, string role, Guid unitId, DateOnly from)
    {
        var admin = await AdminAsync(app);
        var response = await admin.SubmitAsync($"/Admin/Users/AddAssignment/{userId}", "form[data-testid=assignment-form]",
            new Dictionary<string, string>
            {
                ["Input.Role"] = role,
                ["Input.UnitId"] = unitId.ToString(),
                ["Input.ValidFrom"] = D(from),
                ["Input.ValidTo"] = "",
                ["Input.Note"] = "Quyết định phân công thử nghiệm",
            });
        await ExpectRedirectAsync(response, "adding an assignment");
        return await app.Factory.WithDbAsync(db => db.RoleAssignments
            .Where(a => a.UserId == userId && a.UnitId == unitId).Select(a => a.Id).SingleAsync());
    }

    /// Declares a calendar entry through the page and returns its id.
    public static async Task<Guid> AddEntryAsync(AppFixture app, DateOnly date, string kind, string name)
    {
        var admin = await AdminAsync(app);
        var response = await admin.SubmitAsync("/Admin/Holidays/Create", "form[data-testid=entry-create-form]", Entry(date, kind, name));
        await ExpectRedirectAsync(response, "declaring " + D(date));
        return await app.Factory.WithDbAsync(db => db.CalendarEntries
            .Where(e => e.Date == date && !e.IsWithdrawn).Select(e => e.Id).SingleAsync());
    }

    public static Dictionary<string, string> Entry(DateOnly date, string kind, string name) => new()
    {
        ["Input.Date"] = D(date),
        ["Input.Kind"] = kind,
        ["Input.Name"] = name,
        ["Input.Source"] = "Thông báo 6150/TB-BNV, 10/11/2025, Bộ Nội vụ",
    };

    /// A client signed in as an account the test made (the demo password is not theirs).
    public static async Task<AppClient> SignInAsync(AppFixture app, string userName, string password)
    {
        var client = new AppClient(app.Factory);
        await client.SignInAsync(userName, password);
        return client;
    }

    public static async Task ExpectRedirectAsync(HttpResponseMessage response, string what)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var document = await AppClient.ParseAsync(response);
            var errors = document.QuerySelector("[data-testid=form-errors]")?.TextContent.Trim();
            Assert.Fail($"{what}: expected a redirect, got {(int)response.StatusCode}. {errors}");
        }
    }
}
