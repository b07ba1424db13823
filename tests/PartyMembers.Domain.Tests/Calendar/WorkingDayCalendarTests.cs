using System.Globalization;
using PartyMembers.Domain.Calendar;

namespace PartyMembers.Domain.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Statutory = WorkingDayCalendar.StatutoryOnly;

    // The 2025 Reunification Day arrangement: Friday 02/05 was swapped for Saturday 26/04 so that
    // 30/04 to 04/05 became five days off in a row.
    private static readonly WorkingDayCalendar Swapped2025 = new(
    [
        new CalendarException(D("2025-05-02"), CalendarExceptionKind.Holiday, "Swap for 26/04"),
        new CalendarException(D("2025-04-26"), CalendarExceptionKind.WorkingDay, "Make-up for 02/05"),
    ]);

    [Theory]
    [InlineData("2026-02-13", true)]  // Friday before Tết
    [InlineData("2026-02-14", false)] // Saturday
    [InlineData("2026-02-16", false)] // Tết eve, Monday
    [InlineData("2026-02-20", false)] // mùng 4, Friday
    [InlineData("2026-02-23", true)]  // Monday after Tết
    [InlineData("2026-04-27", false)] // substitute for Hùng Kings' day
    [InlineData("2026-04-28", true)]
    public void IsWorkingDay_follows_weekends_holidays_and_substitutes(string date, bool expected)
    {
        Assert.Equal(expected, Statutory.IsWorkingDay(D(date)));
    }

    [Fact]
    public void Thirty_working_days_across_Tet_2026_skip_the_Tet_week()
    {
        // After Monday 02/02: 03–06/02 (4), 09–13/02 (9), Tết 16–20/02 (none), 23–27/02 (14),
        // 02–06/03 (19), 09–13/03 (24), 16–20/03 (29), Monday 23/03 (30). Without Tết it would
        // be Monday 16/03.
        Assert.Equal(D("2026-03-23"), Statutory.AddWorkingDays(D("2026-02-02"), 30));
        Assert.Equal(30, Statutory.WorkingDaysBetween(D("2026-02-02"), D("2026-03-23")));
    }

    [Theory]
    // 30/04 (Wednesday) and 01/05 (Thursday) 2025.
    [InlineData("2025-04-28", 3, "2025-05-05")] // 29/04 (1), 02/05 (2), 05/05 (3)
    [InlineData("2025-04-29", 1, "2025-05-02")] // the day before the holiday
    [InlineData("2025-04-30", 1, "2025-05-02")] // the day of the holiday
    [InlineData("2025-05-01", 1, "2025-05-02")] // the second holiday
    [InlineData("2025-05-02", 1, "2025-05-05")] // the day after
    // 01/09 (Monday) and 02/09 (Tuesday) 2025.
    [InlineData("2025-08-29", 1, "2025-09-03")]
    [InlineData("2025-08-29", 5, "2025-09-09")]
    // A start on a weekend or a holiday counts from the next day like any other start.
    [InlineData("2025-03-08", 1, "2025-03-10")] // Saturday
    [InlineData("2025-03-09", 5, "2025-03-14")] // Sunday
    [InlineData("2026-02-17", 1, "2026-02-23")] // mùng 1 Tết
    // Substitute days are not working days: 01/02/2025 (Saturday, mùng 4) is made up on 03/02.
    [InlineData("2025-01-27", 1, "2025-02-04")]
    public void AddWorkingDays_skips_holidays(string start, int workingDays, string expected)
    {
        Assert.Equal(D(expected), Statutory.AddWorkingDays(D(start), workingDays));
    }

    [Theory]
    [InlineData("2026-02-17")] // a holiday
    [InlineData("2026-02-14")] // a Saturday
    [InlineData("2026-03-02")] // a working day
    public void Adding_zero_working_days_returns_the_start(string start)
    {
        Assert.Equal(D(start), Statutory.AddWorkingDays(D(start), 0));
    }

    [Theory]
    [InlineData("2026-02-23", -1, "2026-02-13")] // back over Tết
    [InlineData("2025-05-05", -2, "2025-04-29")] // back over 02/05, 01/05 and 30/04
    [InlineData("2025-03-10", -1, "2025-03-07")] // Monday back to Friday
    [InlineData("2025-03-08", -1, "2025-03-07")] // Saturday back to Friday
    public void Negative_working_days_count_backwards(string start, int workingDays, string expected)
    {
        Assert.Equal(D(expected), Statutory.AddWorkingDays(D(start), workingDays));
    }

    [Fact]
    public void Make_up_Saturday_and_swapped_weekday_change_the_deadline()
    {
        // Friday 25/04: the next working day is normally Monday 28/04, but the make-up Saturday
        // 26/04 comes first.
        Assert.Equal(D("2025-04-28"), Statutory.AddWorkingDays(D("2025-04-25"), 1));
        Assert.Equal(D("2025-04-26"), Swapped2025.AddWorkingDays(D("2025-04-25"), 1));

        // Tuesday 29/04: normally Friday 02/05, which the swap turned into a day off.
        Assert.Equal(D("2025-05-02"), Statutory.AddWorkingDays(D("2025-04-29"), 1));
        Assert.Equal(D("2025-05-05"), Swapped2025.AddWorkingDays(D("2025-04-29"), 1));

        // Over the whole fortnight the swap cancels out.
        Assert.Equal(
            Statutory.AddWorkingDays(D("2025-04-21"), 10),
            Swapped2025.AddWorkingDays(D("2025-04-21"), 10));
    }

    [Fact]
    public void Administrator_holiday_is_declared_and_working_day_removes_a_computed_holiday()
    {
        // The real 2025 Tết arrangement: Monday 27/01 off, Monday 03/02 (the computed substitute
        // for mùng 4) worked.
        var calendar = new WorkingDayCalendar(
        [
            new CalendarException(D("2025-02-03"), CalendarExceptionKind.WorkingDay, "Tết 2025 arrangement"),
            new CalendarException(D("2025-01-27"), CalendarExceptionKind.Holiday, "Tet.Extra"),
        ]);

        Assert.False(calendar.IsWorkingDay(D("2025-01-27")));
        Assert.Equal(new Holiday(D("2025-01-27"), PublicHolidayKind.Declared, "Tet.Extra"), calendar.HolidayOn(D("2025-01-27")));

        Assert.True(calendar.IsWorkingDay(D("2025-02-03")));
        Assert.Null(calendar.HolidayOn(D("2025-02-03")));
        Assert.Equal(
            new Holiday(D("2025-02-03"), PublicHolidayKind.Substitute, "Substitute.Tet.Day4"),
            Statutory.HolidayOn(D("2025-02-03")));

        var holidays = calendar.HolidaysIn(2025);
        Assert.Contains(holidays, h => h.Date == D("2025-01-27") && h.Kind == PublicHolidayKind.Declared);
        Assert.DoesNotContain(holidays, h => h.Date == D("2025-02-03"));
        Assert.Equal(holidays.OrderBy(h => h.Date).ToList(), holidays);
        Assert.Equal(VietnamesePublicHolidays.For(2025).Count, holidays.Count);

        // Friday 24/01 + 1: Monday 27/01 and Tết are off, and 03/02 is worked again.
        Assert.Equal(D("2025-01-27"), Statutory.AddWorkingDays(D("2025-01-24"), 1));
        Assert.Equal(D("2025-02-03"), calendar.AddWorkingDays(D("2025-01-24"), 1));
    }

    [Fact]
    public void Administrator_holiday_on_a_weekend_is_reported_and_working_day_on_a_weekday_changes_nothing()
    {
        var calendar = new WorkingDayCalendar(
        [
            new CalendarException(D("2026-03-07"), CalendarExceptionKind.Holiday, "Party anniversary"),
            new CalendarException(D("2026-03-09"), CalendarExceptionKind.WorkingDay, "Redundant"),
        ]);

        Assert.False(calendar.IsWorkingDay(D("2026-03-07")));
        Assert.Equal(PublicHolidayKind.Declared, calendar.HolidayOn(D("2026-03-07"))?.Kind);
        Assert.True(calendar.IsWorkingDay(D("2026-03-09")));
        Assert.Equal(Statutory.AddWorkingDays(D("2026-03-02"), 20), calendar.AddWorkingDays(D("2026-03-02"), 20));
    }

    [Fact]
    public void HolidaysIn_without_exceptions_is_the_statutory_list()
    {
        Assert.Equal(VietnamesePublicHolidays.For(2026), Statutory.HolidaysIn(2026));
        Assert.Null(Statutory.HolidayOn(D("2026-03-02")));
        Assert.Equal(PublicHolidayKind.LunarNewYear, Statutory.HolidayOn(D("2026-02-17"))?.Kind);
    }

    [Theory]
    [InlineData("2026-03-02", "2026-03-02", 0)]
    [InlineData("2026-03-06", "2026-03-02", 0)]  // backwards: nothing
    [InlineData("2026-03-06", "2026-03-09", 1)]  // Friday to Monday: only Monday counts
    [InlineData("2026-02-13", "2026-02-23", 1)]  // over Tết
    [InlineData("2026-02-14", "2026-02-15", 0)]  // a weekend
    [InlineData("2025-12-31", "2026-01-02", 1)]  // over New Year and the year boundary
    public void WorkingDaysBetween_counts_the_end_but_not_the_start(string from, string to, int expected)
    {
        Assert.Equal(expected, Statutory.WorkingDaysBetween(D(from), D(to)));
    }

    [Fact]
    public void AddWorkingDays_and_WorkingDaysBetween_agree_for_many_starts()
    {
        foreach (var calendar in new[] { Statutory, Swapped2025 })
        {
            for (var start = D("2024-12-01"); start <= D("2026-10-31"); start = start.AddDays(5))
            {
                for (var n = 0; n <= 120; n++)
                {
                    var end = calendar.AddWorkingDays(start, n);

                    Assert.Equal(n, calendar.WorkingDaysBetween(start, end));
                    if (n > 0)
                    {
                        // The result is the first day reaching n, so it is itself a working day.
                        Assert.True(calendar.IsWorkingDay(end));
                        Assert.Equal(n - 1, calendar.WorkingDaysBetween(start, end.AddDays(-1)));
                    }

                    // Going back the same number of working days from the end, with the
                    // start's own status aside, lands on the last working day up to the start.
                    var back = calendar.AddWorkingDays(end, -n);
                    Assert.True(back <= start);
                    Assert.Equal(0, calendar.WorkingDaysBetween(back, start));
                }
            }
        }
    }

    [Fact]
    public void Negative_counts_mirror_positive_ones()
    {
        for (var start = D("2025-01-01"); start <= D("2025-12-31"); start = start.AddDays(3))
        {
            for (var n = 1; n <= 60; n++)
            {
                var back = Statutory.AddWorkingDays(start, -n);

                // n working days lie in [back, start), and back is the earliest such day.
                Assert.True(Statutory.IsWorkingDay(back));
                Assert.Equal(n, Statutory.WorkingDaysBetween(back.AddDays(-1), start.AddDays(-1)));
            }
        }
    }

    [Fact]
    public void Long_time_limits_cross_year_ends()
    {
        // 250 working days from 2025-06-02 reach into 2026 and must be counted with both years'
        // holidays: the span holds 250 working days whichever way it is counted.
        var end = Statutory.AddWorkingDays(D("2025-06-02"), 250);

        Assert.Equal(2026, end.Year);
        Assert.Equal(250, Statutory.WorkingDaysBetween(D("2025-06-02"), end));
        // The start is a Monday and a working day, so counting back lands on it again.
        Assert.Equal(D("2025-06-02"), Statutory.AddWorkingDays(end, -250));
    }

    [Fact]
    public void Concurrent_use_gives_the_same_answers()
    {
        var calendar = new WorkingDayCalendar([]);
        var expected = Statutory.AddWorkingDays(D("2031-01-02"), 200);
        var results = new DateOnly[64];

        Parallel.For(0, results.Length, i => results[i] = calendar.AddWorkingDays(D("2031-01-02"), 200));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Repeated_exception_of_the_same_kind_is_kept_once()
    {
        var calendar = new WorkingDayCalendar(
        [
            new CalendarException(D("2026-03-06"), CalendarExceptionKind.Holiday, "First"),
            new CalendarException(D("2026-03-06"), CalendarExceptionKind.Holiday, "Second"),
        ]);

        Assert.Equal("First", calendar.HolidayOn(D("2026-03-06"))?.Code);
        Assert.Single(calendar.Exceptions);
    }

    [Fact]
    public void Contradictory_exceptions_on_one_day_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar(
        [
            new CalendarException(D("2026-03-07"), CalendarExceptionKind.Holiday, "One"),
            new CalendarException(D("2026-03-07"), CalendarExceptionKind.WorkingDay, "Two"),
        ]));
    }

    [Fact]
    public void A_declared_holiday_needs_a_name()
    {
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar(
        [
            new CalendarException(D("2026-03-06"), CalendarExceptionKind.Holiday, " "),
        ]));
    }

    [Fact]
    public void Exceptions_are_exposed_in_date_order()
    {
        Assert.Equal([D("2025-04-26"), D("2025-05-02")], Swapped2025.Exceptions.Select(e => e.Date));
    }

    private static DateOnly D(string isoDate) =>
        DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
