using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Members;

/// A member's record and their membership history (status changes with their decisions).
public sealed class DetailsModel(MemberAccess access, PartyMembersDbContext db, CurrentUser currentUser) : AppPageModel
{
    public Member Member { get; private set; } = null!;

    public OrganisationUnit Unit { get; private set; } = null!;

    public IReadOnlyList<EventRow> History { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public bool CanChangeStatus { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var loaded = await access.LoadAsync(id, UnitOperations.ReadMembers);
        if (loaded.Access == Access.NotFound)
        {
            return NotFound();
        }

        if (loaded.Access == Access.Forbidden)
        {
            return Forbid();
        }

        Member = loaded.Member!;
        Unit = loaded.Unit!;
        var ancestry = await access.AncestryAsync(Unit);
        ViewData["Breadcrumb"] = ancestry.Select(u => new Breadcrumb(u.Name)).Append(new Breadcrumb(Member.FullName)).ToList();

        History = await (
                from e in db.MemberEvents.AsNoTracking()
                where e.MemberId == id
                join u in db.Units on e.UnitId equals u.Id
                orderby e.EffectiveDate descending, e.Sequence descending
                select new EventRow(e.Kind, e.EffectiveDate, u.Name, e.Type, e.Status, e.ExitForm, e.Basis, e.Reason, e.RecordedByName, e.RecordedAtUtc))
            .ToListAsync();

        var covering = await currentUser.CoveringAsync(Unit.Path, _ => true);
        CanEdit = !Member.IsClosed && covering.Any(a => RoleRules.CanEditMembers(a.Role));
        CanChangeStatus = covering.Any(a => Member.AvailableTransitions(a.Role).Any());
        return Page();
    }

    public sealed record EventRow(
        MemberEventKind Kind, DateOnly EffectiveDate, string UnitName, MembershipType Type, ActivityStatus Status, ExitForm? ExitForm,
        Domain.Common.LegalBasis? Basis, string? Reason, string RecordedBy, DateTime RecordedAtUtc);
}
