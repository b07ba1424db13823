using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Fees;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Infrastructure.Queries;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Fees;
using PartyMembers.Web.Features.Rules;

namespace PartyMembers.Web.Pages.Fees;

/// A member's fees: the months of a year, the basis history, exemptions and reductions, and every payment (voided
/// ones included). A payment is voided with a reason and a relief ended early here; nothing is deleted.
public sealed class MemberModel(
    FeeAccess access, FeeLedger ledger, PartyMembersDbContext db, RuleBookProvider rules, CurrentUser currentUser, TimeProvider clock)
    : MemberPageModel(access, currentUser, clock)
{
    [BindProperty]
    public VoidInput Void { get; set; } = new();

    [BindProperty]
    public EndInput End { get; set; } = new();

    public int Year { get; private set; }

    public IReadOnlyList<FeeMonthLine> Months { get; private set; } = [];

    public IReadOnlyList<FeeBasis> Bases { get; private set; } = [];

    public IReadOnlyList<FeeRelief> Reliefs { get; private set; } = [];

    public IReadOnlyList<FeePayment> Payments { get; private set; } = [];

    public DateOnly? PaidUpTo { get; private set; }

    public bool CanEdit { get; private set; }

    protected override string PageTitleKey => "Fees.Member.Title";

    public async Task<IActionResult> OnGetAsync(Guid id, int? year)
    {
        if (await LoadAsync(id, year) is { } refused)
        {
            return refused;
        }

        await JournalAsync(PartyMembers.Infrastructure.Auditing.AccessKind.View, "MemberFees", Member.Id.ToString(), Member.Id);
        return Page();
    }

    public async Task<IActionResult> OnPostVoidAsync(Guid id, int? year)
    {
        var denied = await LoadAsync(id, year, edit: true);
        if (denied is not null)
        {
            return denied;
        }

        var payment = await db.FeePayments.FirstOrDefaultAsync(p => p.Id == Void.PaymentId && p.MemberId == Member.Id);
        if (payment is null)
        {
            return NotFound();
        }

        if (payment.Version != Void.Version)
        {
            AddConcurrencyError();
            return Page();
        }

        db.Entry(payment).Property(p => p.Version).OriginalValue = Void.Version;
        var sequence = await db.FeePayments.Where(p => p.MemberId == Member.Id && p.Month == payment.Month).MaxAsync(p => p.VoidSequence) + 1;
        var result = payment.Void(Void.Reason, sequence, await StampAsync());
        if (!result.Succeeded)
        {
            AddErrors(result.Errors.Select(e => e with { Field = e.Field is null ? null : nameof(VoidInput.Reason) }), "Void");
            return Page();
        }

        db.ChangeReason = Void.Reason;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, year);
            AddConcurrencyError();
            return Page();
        }

        return Saved("Fees.Void.Saved", "Member", new { id, year = Year });
    }

    public async Task<IActionResult> OnPostEndReliefAsync(Guid id, int? year)
    {
        var denied = await LoadAsync(id, year, edit: true);
        if (denied is not null)
        {
            return denied;
        }

        var relief = await db.FeeReliefs.FirstOrDefaultAsync(r => r.Id == End.ReliefId && r.MemberId == Member.Id);
        if (relief is null)
        {
            return NotFound();
        }

        if (relief.Version != End.Version)
        {
            AddConcurrencyError();
            return Page();
        }

        var last = FeeLedger.ParseMonth(End.LastMonth);
        if (last is null)
        {
            ModelState.AddModelError("End.LastMonth", T["Error.Fees.MonthFormat"]);
            return Page();
        }

        db.Entry(relief).Property(r => r.Version).OriginalValue = End.Version;
        var result = relief.End(last.Value, End.Reason, await StampAsync());
        if (!result.Succeeded)
        {
            AddErrors(result.Errors.Select(e => e with
            {
                Field = e.Field switch
                {
                    nameof(FeeRelief.EndReason) => nameof(EndInput.Reason),
                    nameof(FeeRelief.EndedAfterMonth) => nameof(EndInput.LastMonth),
                    _ => null,
                },
            }), "End");
            return Page();
        }

        db.ChangeReason = End.Reason;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, year);
            AddConcurrencyError();
            return Page();
        }

        return Saved("Fees.EndRelief.Saved", "Member", new { id, year = Year });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, int? year, bool edit = false)
    {
        var denied = await LoadMemberAsync(id, edit ? UnitOperations.EditMembers : UnitOperations.ReadMembers);
        if (denied is not null)
        {
            return denied;
        }

        Year = year ?? Today.Year;
        if (Year < 2011 || Year > Today.Year + 1)
        {
            return NotFound();
        }

        CanEdit = edit || await Access.AllowsAsync(Home.Path, UnitOperations.EditMembers)
                  || (Collecting is not null && await Access.AllowsAsync(Collecting.Path, UnitOperations.EditMembers));
        var book = await rules.RulesAsync();
        Months = await ledger.MonthsAsync(Member, new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 1), book);
        Bases = await db.FeeBases.AsNoTracking().Where(b => b.MemberId == Member.Id)
            .OrderByDescending(b => b.ValidFrom).ThenByDescending(b => b.RecordedAtUtc).ToListAsync();
        Reliefs = await db.FeeReliefs.AsNoTracking().Where(r => r.MemberId == Member.Id).OrderByDescending(r => r.FromMonth).ToListAsync();
        Payments = await db.FeePayments.AsNoTracking()
            .Where(p => p.MemberId == Member.Id && p.Month >= new DateOnly(Year, 1, 1) && p.Month <= new DateOnly(Year, 12, 1))
            .OrderBy(p => p.Month).ThenBy(p => p.VoidSequence).ToListAsync();
        PaidUpTo = await FeeQueries.PaidUpToAsync(db, Member.Id);
        return null;
    }

    public sealed class VoidInput
    {
        public Guid PaymentId { get; set; }

        public string? Reason { get; set; }

        public Guid Version { get; set; }
    }

    public sealed class EndInput
    {
        public Guid ReliefId { get; set; }

        /// MM/yyyy: the last month the relief still covers.
        public string? LastMonth { get; set; }

        public string? Reason { get; set; }

        public Guid Version { get; set; }
    }
}
