using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Transfers;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.Transfers;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Transfers;

/// The inspections and complaints open about a member, which bar an official transfer (Q294 §6.3.1đ). Readers of the
/// member see them; the organisation board and the inspection committee over the member's unit open and close them.
public sealed class HoldsModel(PartyMembersDbContext db, TransferAccess access, UnitDirectory directory, CurrentUser currentUser) : AppPageModel
{
    [BindProperty]
    public OpenInput Input { get; set; } = new();

    [BindProperty]
    public CloseInput Closing { get; set; } = new();

    public Guid MemberId { get; private set; }

    public string MemberName { get; private set; } = string.Empty;

    public IReadOnlyList<MemberHold> Holds { get; private set; } = [];

    public bool CanRecord => _recorder is not null;

    private ActiveAssignment? _recorder;

    public async Task<IActionResult> OnGetAsync(Guid memberId)
    {
        if (await PrepareAsync(memberId) is { } refused)
        {
            return refused;
        }

        Input.OpenedOn = access.Today;
        Closing.ClosedOn = access.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostOpenAsync(Guid memberId)
    {
        if (await PrepareAsync(memberId) is { } refused)
        {
            return refused;
        }

        if (_recorder is null)
        {
            return Forbid();
        }

        if (Input.Kind is null || Input.OpenedOn is null)
        {
            if (Input.Kind is null)
            {
                ModelState.AddModelError("Input.Kind", T["Error.Value.Invalid"]);
            }

            if (Input.OpenedOn is null)
            {
                ModelState.AddModelError("Input.OpenedOn", T["Error.Transfer.DateRequired"]);
            }

            return Page();
        }

        var result = MemberHold.Open(memberId, Input.Kind.Value, Input.Reference ?? string.Empty, Input.OpenedOn.Value, access.Stamp(_recorder));
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            return Page();
        }

        db.MemberHolds.Add(result.Value!);
        db.ChangeReason = T["Transfers.Holds.Open"];
        await db.SaveChangesAsync();
        return Saved("Status.Transfer.Saved", "/Transfers/Holds", new { memberId });
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid memberId)
    {
        if (await PrepareAsync(memberId) is { } refused)
        {
            return refused;
        }

        var hold = await db.MemberHolds.FirstOrDefaultAsync(h => h.Id == Closing.HoldId && h.MemberId == memberId);
        if (hold is null)
        {
            return NotFound();
        }

        if (_recorder is null)
        {
            return Forbid();
        }

        if (Closing.ClosedOn is null)
        {
            ModelState.AddModelError("Closing.ClosedOn", T["Error.Transfer.DateRequired"]);
            return Page();
        }

        var result = hold.Close(Closing.ClosedOn.Value, Closing.Note, access.Stamp(_recorder));
        if (!result.Succeeded)
        {
            AddErrors(result.Errors, "Closing");
            return Page();
        }

        db.Entry(hold).Property(h => h.Version).OriginalValue = Closing.Version;
        db.ChangeReason = T["Transfers.Holds.Close"];
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await PrepareAsync(memberId);
            AddConcurrencyError();
            return Page();
        }

        return Saved("Status.Transfer.Saved", "/Transfers/Holds", new { memberId });
    }

    private async Task<IActionResult?> PrepareAsync(Guid memberId)
    {
        var member = await db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => new { m.FullName, m.HomeUnitId }).FirstOrDefaultAsync();
        if (member is null)
        {
            return NotFound();
        }

        var unit = (await directory.FindAsync(member.HomeUnitId))!;
        var covering = await currentUser.CoveringAsync(unit.Path, Domain.Accounts.RoleRules.CanReadMembers);
        if (covering.Count == 0)
        {
            return Forbid();
        }

        _recorder = covering.FirstOrDefault(a => TransferTransitions.HoldRoles.Contains(a.Role));
        MemberId = memberId;
        MemberName = member.FullName;
        Holds = await db.MemberHolds.AsNoTracking().Where(h => h.MemberId == memberId).OrderByDescending(h => h.OpenedOn).ToListAsync();
        ViewData["Title"] = T["Transfers.Holds.Title"];
        ViewData["Breadcrumb"] = new List<Breadcrumb>
        {
            new(member.FullName, $"/Members/Details/{memberId}"), new(T["Transfers.Holds.Title"]),
        };
        return null;
    }

    public sealed class OpenInput
    {
        public HoldKind? Kind { get; set; }

        public string? Reference { get; set; }

        public DateOnly? OpenedOn { get; set; }
    }

    public sealed class CloseInput
    {
        public Guid HoldId { get; set; }

        public Guid Version { get; set; }

        public DateOnly? ClosedOn { get; set; }

        public string? Note { get; set; }
    }
}
