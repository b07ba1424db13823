using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Web.Authorization;

/// An assignment in force today, with the unit it applies to.
public sealed record ActiveAssignment(Guid Id, Role Role, Guid UnitId, string UnitName, string UnitPath, UnitType UnitType,
    DateOnly ValidFrom, DateOnly? ValidTo)
{
    public bool Covers(string path) => path.StartsWith(UnitPath, StringComparison.Ordinal);
}

/// The signed-in user of the request and the assignments they hold today, read once per request. A disabled account
/// holds nothing, so it loses access at its next request even before its cookie expires.
public sealed class CurrentUser(IHttpContextAccessor accessor, PartyMembersDbContext db, TimeProvider clock)
{
    private IReadOnlyList<ActiveAssignment>? _assignments;

    public ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public Guid? UserId =>
        Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string UserName => Principal.Identity?.Name ?? string.Empty;

    public DateOnly Today => VietnamTime.Today(clock);

    public async Task<IReadOnlyList<ActiveAssignment>> AssignmentsAsync()
    {
        if (_assignments is not null)
        {
            return _assignments;
        }

        var userId = UserId;
        if (userId is null)
        {
            return _assignments = [];
        }

        var today = Today;
        _assignments = await (
                from a in db.RoleAssignments.AsNoTracking()
                join u in db.Units.AsNoTracking() on a.UnitId equals u.Id
                join user in db.Users.AsNoTracking() on a.UserId equals user.Id
                where a.UserId == userId && !user.IsDisabled && a.ValidFrom <= today && (a.ValidTo == null || a.ValidTo >= today)
                      && u.DissolvedOn == null
                orderby a.Role, u.Name
                select new ActiveAssignment(a.Id, a.Role, u.Id, u.Name, u.Path, u.Type, a.ValidFrom, a.ValidTo))
            .ToListAsync();
        return _assignments;
    }

    public async Task<bool> HoldsAnyAsync(IEnumerable<Role> roles)
    {
        var held = await AssignmentsAsync();
        return held.Any(a => roles.Contains(a.Role));
    }

    /// The assignments that give <paramref name="allowed"/> rights over the unit at <paramref name="unitPath"/>.
    public async Task<IReadOnlyList<ActiveAssignment>> CoveringAsync(string unitPath, Func<Role, bool> allowed) =>
        (await AssignmentsAsync()).Where(a => allowed(a.Role) && a.Covers(unitPath)).ToList();

    /// The unit paths under which the user has <paramref name="allowed"/> rights, without nested duplicates.
    public async Task<IReadOnlyList<string>> ScopeAsync(Func<Role, bool> allowed)
    {
        var paths = (await AssignmentsAsync()).Where(a => allowed(a.Role)).Select(a => a.UnitPath).Distinct().OrderBy(p => p.Length).ToList();
        var result = new List<string>();
        foreach (var path in paths)
        {
            if (!result.Any(r => path.StartsWith(r, StringComparison.Ordinal)))
            {
                result.Add(path);
            }
        }

        return result;
    }
}
