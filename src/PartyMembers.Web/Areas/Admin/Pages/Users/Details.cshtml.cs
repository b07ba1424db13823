using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Admin;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Areas.Admin.Pages.Users;

public enum AssignmentState
{
    Current,
    Future,
    Past,
}

public sealed record AssignmentRow(
    Guid Id, Role Role, string UnitName, DateOnly? UnitDissolvedOn, DateOnly ValidFrom, DateOnly? ValidTo, string? Note, AssignmentState State)
{
    /// An assignment that is still to run (now or later) can be ended; a past one is history.
    public bool CanEnd => State != AssignmentState.Past;
}

/// An account and every assignment it has held: ended assignments stay, as they explain who could do what when.
[GetOnly]
public sealed class DetailsModel(PartyMembersDbContext db, CurrentUser currentUser, TimeProvider clock) : AppPageModel
{
    public ApplicationUser Account { get; private set; } = null!;

    public IReadOnlyList<AssignmentRow> Assignments { get; private set; } = [];

    public bool IsSelf { get; private set; }

    public bool IsLockedOut { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var account = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id);
        if (account is null)
        {
            return NotFound();
        }

        Account = account;
        IsSelf = currentUser.UserId == id;
        IsLockedOut = account.LockoutEnd is { } end && end > clock.GetUtcNow();
        var today = VietnamTime.Today(clock);
        var rows = await (
                from a in db.RoleAssignments.AsNoTracking()
                join u in db.Units.AsNoTracking() on a.UnitId equals u.Id
                where a.UserId == id
                select new { a.Id, a.Role, UnitName = u.Name, u.DissolvedOn, a.ValidFrom, a.ValidTo, a.Note })
            .ToListAsync(HttpContext.RequestAborted);
        Assignments = rows
            .Select(r => new AssignmentRow(r.Id, r.Role, r.UnitName, r.DissolvedOn, r.ValidFrom, r.ValidTo, r.Note,
                r.ValidFrom > today ? AssignmentState.Future
                : r.ValidTo is { } to && to < today ? AssignmentState.Past
                : AssignmentState.Current))
            .OrderBy(r => r.State == AssignmentState.Past)
            .ThenByDescending(r => r.ValidFrom)
            .ToList();
        return Page();
    }
}
