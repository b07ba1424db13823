using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Fees;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Fees;
using PartyMembers.Web.Features.Rules;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Fees;

/// Quick entry of a cell's fees for a month: every member the cell collects from, the computed due, a tick per member
/// paid and the method (cash by default). One POST saves all ticked payments in one transaction, or nothing when any
/// line is wrong.
public sealed class CollectModel(
    FeeAccess access, FeeLedger ledger, PartyMembersDbContext db, RuleBookProvider rules, CurrentUser currentUser, TimeProvider clock)
    : FeePageModel(access, clock)
{
    [BindProperty]
    public CollectInput Input { get; set; } = new();

    public IReadOnlyList<FeeMonthLine> Lines { get; private set; } = [];

    public bool CanRecord { get; private set; }

    public bool IsFutureMonth => Month > FeeMonth.Of(Today);

    public async Task<IActionResult> OnGetAsync(Guid id, int? year, int? month)
    {
        var loaded = await LoadAsync(id, year, month);
        if (loaded is not null)
        {
            return loaded;
        }

        Input.PaidOn = Month == FeeMonth.Of(Today) || IsFutureMonth ? Today : FeeMonth.LastDay(Month);
        Input.Lines = Lines.Select(l => new CollectLine { MemberId = l.Member.Id, Amount = l.Due.Amount, Method = PaymentMethod.Cash }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int? year, int? month)
    {
        var loaded = await LoadAsync(id, year, month);
        if (loaded is not null)
        {
            return loaded;
        }

        if (!CanRecord)
        {
            return Forbid();
        }

        if (Input.PaidOn is null && !HasError("Input.PaidOn"))
        {
            ModelState.AddModelError("Input.PaidOn", T["Error.Fees.PaidOnRequired"]);
        }

        // Errors go beside the row of the member they concern, whatever order the form came in.
        var posted = Input.Lines.Where(l => l is not null).GroupBy(l => l.MemberId).ToDictionary(g => g.Key, g => g.First());
        if (posted.Keys.Any(memberId => Lines.All(l => l.Member.Id != memberId)))
        {
            ModelState.AddModelError(string.Empty, T["Error.Fees.NotInCell"]);
        }

        Input.Lines = Lines.Select(l => posted.GetValueOrDefault(l.Member.Id) ?? new CollectLine { MemberId = l.Member.Id, Amount = l.Due.Amount }).ToList();
        if (!Input.Lines.Any(l => l.Paid))
        {
            ModelState.AddModelError(string.Empty, T["Error.Fees.NothingTicked"]);
        }

        var stamp = await StampAsync();
        var payments = new List<FeePayment>();
        for (var index = 0; index < Lines.Count; index++)
        {
            var line = Input.Lines[index];
            if (!line.Paid)
            {
                continue;
            }

            var prefix = $"Input.Lines[{index}]";
            var row = Lines[index];
            if (row.State == FeeMonthState.PaysElsewhere)
            {
                ModelState.AddModelError(prefix + ".Paid", T["Error.Fees.NotInCell"]);
                continue;
            }

            if (row.Payment is not null)
            {
                ModelState.AddModelError(prefix + ".Paid", T["Error.Fees.AlreadyPaid", FeeLedger.Money(row.Payment.Amount)]);
                continue;
            }

            if (line.Amount is null)
            {
                if (!HasError(prefix + ".Amount"))
                {
                    ModelState.AddModelError(prefix + ".Amount", T["Error.Fees.AmountRequired"]);
                }

                continue;
            }

            if (Input.PaidOn is null)
            {
                continue;
            }

            var result = FeePayment.Record(row.Member.Id, Month, Unit.Id, row.Due, line.Amount.Value, line.Voluntary, line.Method, Input.PaidOn.Value, stamp);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    var key = error.Field switch
                    {
                        nameof(FeePayment.PaidOn) => "Input.PaidOn",
                        nameof(FeePayment.Month) or null => string.Empty,
                        _ => prefix + "." + error.Field,
                    };
                    if (key.Length == 0 || !HasError(key))
                    {
                        // Amounts read as money (100.000), not as a bare number.
                        var shown = error with { Arguments = error.Arguments.Select(a => a is long amount ? FeeLedger.Money(amount) : a).ToArray() };
                        ModelState.AddModelError(key, T.Error(shown));
                    }
                }

                continue;
            }

            payments.Add(result.Value!);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.FeePayments.AddRange(payments);
        db.ChangeReason = T["Fees.Collect.Reason", MonthText(Month)];
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Someone recorded one of these months meanwhile (the unique index refused it): nothing was saved.
            db.ChangeTracker.Clear();
            await LoadAsync(id, year, month);
            AddConcurrencyError();
            return Page();
        }

        StatusMessage = T["Fees.Collect.Saved", payments.Count, MonthText(Month)];
        return RedirectToPage("Collect", new { id, year = Month.Year, month = Month.Month });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, int? year, int? month)
    {
        var denied = await LoadCellAsync(id, UnitOperations.ReadMembers);
        if (denied is not null)
        {
            return denied;
        }

        if (ReadMonth(year, month) is null)
        {
            return NotFound();
        }

        CanRecord = await Access.AllowsAsync(Unit.Path, UnitOperations.EditMembers);
        var members = await ledger.CellMembersAsync(Unit.Id);
        Lines = await ledger.MonthAsync(members, Month, await rules.RulesAsync());
        return null;
    }

    private async Task<ChangeStamp> StampAsync()
    {
        var acting = (await currentUser.CoveringAsync(Unit.Path, Domain.Accounts.RoleRules.CanEditMembers))[0];
        return new ChangeStamp(currentUser.UserId, currentUser.UserName, acting.Role, Clock.GetUtcNow().UtcDateTime, Today);
    }

    public sealed class CollectInput
    {
        public DateOnly? PaidOn { get; set; }

        public List<CollectLine> Lines { get; set; } = [];
    }

    public sealed class CollectLine
    {
        public Guid MemberId { get; set; }

        public bool Paid { get; set; }

        public long? Amount { get; set; }

        public bool Voluntary { get; set; }

        public PaymentMethod Method { get; set; }
    }
}
