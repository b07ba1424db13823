using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Rules;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Areas.Admin.Pages.Holidays;

/// Withdraws an entry entered by mistake or cancelled by a later notice. It stays listed as withdrawn (entries are
/// never deleted), so a time limit computed while it was in force can still be explained.
public sealed class WithdrawModel(PartyMembersDbContext db) : AppPageModel
{
    [BindProperty]
    public WithdrawInput Input { get; set; } = new();

    public CalendarEntry Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var entry = await db.CalendarEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id);
        if (entry is null)
        {
            return NotFound();
        }

        Entry = entry;
        Input.Version = entry.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var entry = await db.CalendarEntries.FirstOrDefaultAsync(e => e.Id == id);
        if (entry is null)
        {
            return NotFound();
        }

        Entry = entry;
        db.Entry(entry).Property(e => e.Version).OriginalValue = Input.Version;
        var result = entry.Withdraw();
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            return Page();
        }

        db.ChangeReason = T["Admin.Audit.CalendarEntryWithdrawn"];
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Entry = await db.CalendarEntries.AsNoTracking().FirstAsync(e => e.Id == id);
            ModelState.Clear();
            Input = new WithdrawInput { Version = Entry.Version };
            AddConcurrencyError();
            return Page();
        }

        StatusMessage = T["Admin.Holidays.Status.Withdrawn"];
        return RedirectToPage("Index", new { year = entry.Date.Year });
    }

    public sealed class WithdrawInput
    {
        public Guid Version { get; set; }
    }
}
