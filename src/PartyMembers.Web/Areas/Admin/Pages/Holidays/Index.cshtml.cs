using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Calendar;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Rules;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admin;
using PartyMembers.Web.Features.Rules;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Areas.Admin.Pages.Holidays;

/// One day off in the year as the time limits count it. <see cref="Cancelled"/> marks a statutory holiday that an
/// administrator's entry turned into a working day.
public sealed record HolidayRow(DateOnly Date, string Name, PublicHolidayKind Kind, bool Cancelled);

/// The working-day calendar of a year: the statutory holidays as computed (Tết from the lunar calendar, substitute days
/// when a holiday falls on a weekend), the days the administrator declared, and a check of how a time limit counts.
[GetOnly]
public sealed class IndexModel(PartyMembersDbContext db, RuleBookProvider rules, TimeProvider clock) : AppPageModel
{
    /// Years offered. The lunar calendar behind Tết covers 1800-2199; staying well inside leaves a working-day count room
    /// to run on past the end of the year it starts in.
    public const int FirstYear = AdminDates.FirstYear;
    public const int LastYear = AdminDates.LastYear;
    public const int MaxCheckDays = 1000;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// The working-days check (a GET form; nothing is saved).
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Days { get; set; }

    public int ShownYear { get; private set; }

    public IReadOnlyList<HolidayRow> Holidays { get; private set; } = [];

    public IReadOnlyList<CalendarEntry> Entries { get; private set; } = [];

    public DateOnly? CheckResult { get; private set; }

    /// Holidays that fall strictly after the start and on or before the result: the days the count stepped over.
    public IReadOnlyList<HolidayRow> CheckSkipped { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = VietnamTime.Today(clock);
        ShownYear = today.Year;
        if (Year is { } year)
        {
            if (year is >= FirstYear and <= LastYear && !HasError(nameof(Year)))
            {
                ShownYear = year;
            }
            else
            {
                ModelState.AddModelError(nameof(Year), T["Admin.Error.Holiday.YearRange", FirstYear, LastYear]);
            }
        }

        Year = ShownYear;
        var calendar = await rules.CalendarAsync();
        Holidays = RowsOf(calendar, ShownYear);
        var first = new DateOnly(ShownYear, 1, 1);
        var last = new DateOnly(ShownYear, 12, 31);
        Entries = await db.CalendarEntries.AsNoTracking().Where(e => e.Date >= first && e.Date <= last)
            .OrderBy(e => e.Date).ToListAsync(HttpContext.RequestAborted);
        Check(calendar);
    }

    private void Check(WorkingDayCalendar calendar)
    {
        var asked = From is not null || Days is not null || Request.Query.ContainsKey(nameof(From)) || Request.Query.ContainsKey(nameof(Days));
        if (!asked || !ModelState.IsValid)
        {
            return;
        }

        if (From is null)
        {
            ModelState.AddModelError(nameof(From), T["Admin.Error.Holiday.CheckFromRequired"]);
        }
        else if (From.Value.Year is < FirstYear or > LastYear)
        {
            ModelState.AddModelError(nameof(From), T["Admin.Error.Holiday.YearRange", FirstYear, LastYear]);
        }

        if (Days is null)
        {
            ModelState.AddModelError(nameof(Days), T["Admin.Error.Holiday.CheckDaysRequired"]);
        }
        else if (Days is < 1 or > MaxCheckDays)
        {
            ModelState.AddModelError(nameof(Days), T["Admin.Error.Holiday.CheckDaysRange", MaxCheckDays]);
        }

        if (!ModelState.IsValid)
        {
            return;
        }

        var result = calendar.AddWorkingDays(From!.Value, Days!.Value);
        CheckResult = result;
        CheckSkipped = Enumerable.Range(From.Value.Year, result.Year - From.Value.Year + 1)
            .SelectMany(y => RowsOf(calendar, y))
            .Where(h => !h.Cancelled && h.Date > From.Value && h.Date <= result && h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .ToList();
    }

    private List<HolidayRow> RowsOf(WorkingDayCalendar calendar, int year)
    {
        var rows = calendar.HolidaysIn(year).Select(h => new HolidayRow(h.Date, HolidayNames.Of(T, h), h.Kind, Cancelled: false)).ToList();

        // A statutory holiday the government moved is recorded as a working day; it is shown struck through rather than
        // left out, so the administrator sees what the entry changed.
        var workingDays = calendar.Exceptions.Where(e => e.Kind == CalendarExceptionKind.WorkingDay).Select(e => e.Date).ToHashSet();
        rows.AddRange(WorkingDayCalendar.StatutoryOnly.HolidaysIn(year)
            .Where(h => workingDays.Contains(h.Date))
            .Select(h => new HolidayRow(h.Date, HolidayNames.Of(T, h), h.Kind, Cancelled: true)));
        return rows.OrderBy(r => r.Date).ToList();
    }
}
