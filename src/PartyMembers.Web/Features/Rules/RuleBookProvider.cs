using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Calendar;
using PartyMembers.Domain.Rules;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Web.Features.Rules;

/// The rule parameters and the working-day calendar as stored, loaded at most once per request.
public sealed class RuleBookProvider(PartyMembersDbContext db)
{
    private RuleBook? _rules;
    private WorkingDayCalendar? _calendar;

    public async Task<RuleBook> RulesAsync() =>
        _rules ??= new RuleBook(await db.RuleParameters.AsNoTracking().ToListAsync());

    public async Task<WorkingDayCalendar> CalendarAsync() =>
        _calendar ??= new WorkingDayCalendar(
            (await db.CalendarEntries.AsNoTracking().Where(c => !c.IsWithdrawn).ToListAsync()).Select(c => c.ToException()));
}
