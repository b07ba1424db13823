using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Fees;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Fees;

namespace PartyMembers.Web.Pages.Fees;

/// Sets a member's fee basis from a month: a new version; the earlier ones stay for the months they covered.
public sealed class BasisModel(FeeAccess access, PartyMembersDbContext db, CurrentUser currentUser, TimeProvider clock)
    : MemberPageModel(access, currentUser, clock)
{
    [BindProperty]
    public BasisInput Input { get; set; } = new();

    protected override string PageTitleKey => "Fees.Basis.Title";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var denied = await LoadMemberAsync(id, UnitOperations.EditMembers);
        if (denied is not null)
        {
            return denied;
        }

        Input.ValidFrom = FeeLedger.FormatMonth(FeeMonth.Of(Today));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var denied = await LoadMemberAsync(id, UnitOperations.EditMembers);
        if (denied is not null)
        {
            return denied;
        }

        var from = FeeLedger.ParseMonth(Input.ValidFrom);
        if (from is null)
        {
            ModelState.AddModelError("Input.ValidFrom", T["Error.Fees.MonthFormat"]);
        }

        if (Input.Kind is null)
        {
            ModelState.AddModelError("Input.Kind", T["Error.Fees.KindRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = FeeBasis.Create(Member.Id, from!.Value, Input.Kind!.Value, Input.DeclaredAmount, Input.Region, Input.RetirementAge, Input.Note,
            await StampAsync());
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            return Page();
        }

        db.FeeBases.Add(result.Value!);
        db.ChangeReason = T["Fees.Basis.Reason"];
        await db.SaveChangesAsync();
        return Saved("Fees.Basis.Saved", "Member", new { id });
    }

    public sealed class BasisInput
    {
        /// MM/yyyy.
        public string? ValidFrom { get; set; }

        public FeeBasisKind? Kind { get; set; }

        public long? DeclaredAmount { get; set; }

        public WageRegion? Region { get; set; }

        public bool RetirementAge { get; set; }

        public string? Note { get; set; }
    }
}
