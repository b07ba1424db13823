using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Fees;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Rules;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Fees;
using PartyMembers.Web.Features.Rules;

namespace PartyMembers.Web.Pages.Fees;

/// Records an exemption from or a reduction of a member's fee for a period of at most the parameter's months.
public sealed class ReliefModel(FeeAccess access, PartyMembersDbContext db, RuleBookProvider rules, CurrentUser currentUser, TimeProvider clock)
    : MemberPageModel(access, currentUser, clock)
{
    [BindProperty]
    public ReliefInput Input { get; set; } = new();

    public IReadOnlyList<int> Reductions { get; private set; } = [];

    public int MaxMonths { get; private set; }

    protected override string PageTitleKey => "Fees.Relief.Title";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var denied = await PrepareAsync(id);
        if (denied is not null)
        {
            return denied;
        }

        Input.FromMonth = FeeLedger.FormatMonth(FeeMonth.Of(Today));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var denied = await PrepareAsync(id);
        if (denied is not null)
        {
            return denied;
        }

        var from = FeeLedger.ParseMonth(Input.FromMonth);
        var to = FeeLedger.ParseMonth(Input.ToMonth);
        if (from is null)
        {
            ModelState.AddModelError("Input.FromMonth", T["Error.Fees.MonthFormat"]);
        }

        if (to is null)
        {
            ModelState.AddModelError("Input.ToMonth", T["Error.Fees.MonthFormat"]);
        }

        if (Input.Kind is null)
        {
            ModelState.AddModelError("Input.Kind", T["Error.Fees.KindRequired"]);
        }

        if (Input.Ground is null)
        {
            ModelState.AddModelError("Input.Ground", T["Error.Fees.GroundRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = FeeRelief.Create(Member.Id, Input.Kind!.Value, Input.Ground!.Value, Input.ReductionPercent, from!.Value, to!.Value, Input.Reason,
            MaxMonths, Reductions.ToList(), await StampAsync());
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            return Page();
        }

        db.FeeReliefs.Add(result.Value!);
        db.ChangeReason = Input.Reason;
        await db.SaveChangesAsync();
        return Saved("Fees.Relief.Saved", "Member", new { id });
    }

    private async Task<IActionResult?> PrepareAsync(Guid id)
    {
        var denied = await LoadMemberAsync(id, UnitOperations.EditMembers);
        if (denied is not null)
        {
            return denied;
        }

        var book = await rules.RulesAsync();
        MaxMonths = book.Find(RuleKeys.FeeReliefMaxMonths, Today)?.AsInteger() ?? 12;
        var text = book.Find(RuleKeys.FeeReductionPercents, Today)?.Value ?? "30,50,70";
        Reductions = PartyAge.ParseMilestones(text);
        return null;
    }

    public sealed class ReliefInput
    {
        public FeeReliefKind? Kind { get; set; }

        public FeeReliefGround? Ground { get; set; }

        public int? ReductionPercent { get; set; }

        public string? FromMonth { get; set; }

        public string? ToMonth { get; set; }

        public string? Reason { get; set; }
    }
}
