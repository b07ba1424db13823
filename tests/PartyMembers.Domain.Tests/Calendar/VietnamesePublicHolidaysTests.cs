using System.Globalization;
using PartyMembers.Domain.Calendar;

namespace PartyMembers.Domain.Tests.Calendar;

public class VietnamesePublicHolidaysTests
{
    [Fact]
    public void Holidays_2025_are_complete()
    {
        string[] expected =
        [
            "2025-01-01 NewYear NewYear",                   // Wednesday
            // Mùng 1 Tết Ất Tỵ is Wednesday 29/01; the twelfth month of Giáp Thìn has 29 days, so
            // the eve is 29 tháng Chạp, Tuesday 28/01.
            "2025-01-28 LunarNewYear Tet.Eve",
            "2025-01-29 LunarNewYear Tet.Day1",
            "2025-01-30 LunarNewYear Tet.Day2",
            "2025-01-31 LunarNewYear Tet.Day3",
            "2025-02-01 LunarNewYear Tet.Day4",             // Saturday
            "2025-02-03 Substitute Substitute.Tet.Day4",    // Sunday 02/02 is a rest day too, so Monday
            "2025-04-07 HungKings HungKings",               // 10/3 Ất Tỵ, Monday
            "2025-04-30 ReunificationDay ReunificationDay", // Wednesday
            "2025-05-01 LabourDay LabourDay",               // Thursday
            // 02/09 is a Tuesday and 01/09 a Monday, so the adjacent day is 01/09.
            "2025-09-01 NationalDayAdjacent NationalDay.Adjacent",
            "2025-09-02 NationalDay NationalDay",
        ];

        Assert.Equal(expected, Describe(VietnamesePublicHolidays.For(2025)));
    }

    [Fact]
    public void Holidays_2026_are_complete()
    {
        string[] expected =
        [
            "2026-01-01 NewYear NewYear",                   // Thursday
            // Mùng 1 Tết Bính Ngọ is Tuesday 17/02; the eve is 29 tháng Chạp, Monday 16/02, and
            // mùng 4 is Friday 20/02: five weekdays, so no substitute.
            "2026-02-16 LunarNewYear Tet.Eve",
            "2026-02-17 LunarNewYear Tet.Day1",
            "2026-02-18 LunarNewYear Tet.Day2",
            "2026-02-19 LunarNewYear Tet.Day3",
            "2026-02-20 LunarNewYear Tet.Day4",
            "2026-04-26 HungKings HungKings",               // 10/3 Bính Ngọ, a Sunday
            "2026-04-27 Substitute Substitute.HungKings",   // the next weekday, Monday
            "2026-04-30 ReunificationDay ReunificationDay", // Thursday
            "2026-05-01 LabourDay LabourDay",               // Friday
            // 02/09 is a Wednesday and 01/09 a Tuesday, so the adjacent day is 01/09.
            "2026-09-01 NationalDayAdjacent NationalDay.Adjacent",
            "2026-09-02 NationalDay NationalDay",
        ];

        Assert.Equal(expected, Describe(VietnamesePublicHolidays.For(2026)));
    }

    [Fact]
    public void Holidays_2023_give_substitutes_for_new_year_Tet_April_and_September()
    {
        string[] expected =
        [
            "2023-01-01 NewYear NewYear",                          // Sunday
            "2023-01-02 Substitute Substitute.NewYear",            // Monday
            // Tết Quý Mão: eve Saturday 21/01 (30 tháng Chạp), mùng 1 Sunday 22/01, mùng 2–4 Monday to
            // Wednesday. The Saturday and Sunday are made up on the next free weekdays, Thursday
            // and Friday.
            "2023-01-21 LunarNewYear Tet.Eve",
            "2023-01-22 LunarNewYear Tet.Day1",
            "2023-01-23 LunarNewYear Tet.Day2",
            "2023-01-24 LunarNewYear Tet.Day3",
            "2023-01-25 LunarNewYear Tet.Day4",
            "2023-01-26 Substitute Substitute.Tet.Eve",
            "2023-01-27 Substitute Substitute.Tet.Day1",
            // The leap second month puts Hùng Kings' day on Saturday 29/04, next to Sunday 30/04;
            // Monday 01/05 is itself a holiday, so the two substitutes are Tuesday and Wednesday.
            "2023-04-29 HungKings HungKings",
            "2023-04-30 ReunificationDay ReunificationDay",
            "2023-05-01 LabourDay LabourDay",
            "2023-05-02 Substitute Substitute.HungKings",
            "2023-05-03 Substitute Substitute.ReunificationDay",
            // 02/09 is a Saturday: the adjacent day is Friday 01/09, and 02/09 is made up on Monday.
            "2023-09-01 NationalDayAdjacent NationalDay.Adjacent",
            "2023-09-02 NationalDay NationalDay",
            "2023-09-04 Substitute Substitute.NationalDay",
        ];

        Assert.Equal(expected, Describe(VietnamesePublicHolidays.For(2023)));
    }

    [Fact]
    public void New_year_on_a_Saturday_is_made_up_on_Monday()
    {
        var holidays = VietnamesePublicHolidays.For(2022);

        Assert.Contains(new Holiday(new DateOnly(2022, 1, 1), PublicHolidayKind.NewYear, "NewYear"), holidays);
        Assert.Contains(new Holiday(new DateOnly(2022, 1, 3), PublicHolidayKind.Substitute, "Substitute.NewYear"), holidays);
        // 30/04/2022 Saturday and 01/05/2022 Sunday are made up on Monday and Tuesday.
        Assert.Contains(new Holiday(new DateOnly(2022, 5, 2), PublicHolidayKind.Substitute, "Substitute.ReunificationDay"), holidays);
        Assert.Contains(new Holiday(new DateOnly(2022, 5, 3), PublicHolidayKind.Substitute, "Substitute.LabourDay"), holidays);
    }

    [Theory]
    // The government decisions of 2021–2025, and the default rule behind them.
    [InlineData(2021, "2021-09-03")] // 02/09 Thursday: Friday gives a long weekend
    [InlineData(2022, "2022-09-01")] // 02/09 Friday
    [InlineData(2023, "2023-09-01")] // 02/09 Saturday, 01/09 Friday
    [InlineData(2024, "2024-09-03")] // 02/09 Monday, 01/09 Sunday
    [InlineData(2025, "2025-09-01")] // 02/09 Tuesday
    [InlineData(2026, "2026-09-01")] // 02/09 Wednesday
    [InlineData(2030, "2030-09-03")] // 02/09 Monday, 01/09 Sunday
    public void National_day_adjacent_follows_the_yearly_pattern(int year, string expected)
    {
        var adjacent = Assert.Single(VietnamesePublicHolidays.For(year), h => h.Kind == PublicHolidayKind.NationalDayAdjacent);

        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), adjacent.Date);
    }

    [Fact]
    public void National_day_on_a_Sunday_takes_Monday_as_adjacent_day_and_Tuesday_as_substitute()
    {
        // 02/09/2029 is a Sunday: 01/09 is a Saturday, so the adjacent day is Monday 03/09, and
        // the Sunday itself is made up on Tuesday 04/09.
        var september = VietnamesePublicHolidays.For(2029).Where(h => h.Date.Month == 9);

        Assert.Equal(
            [
                "2029-09-02 NationalDay NationalDay",
                "2029-09-03 NationalDayAdjacent NationalDay.Adjacent",
                "2029-09-04 Substitute Substitute.NationalDay",
            ],
            Describe(september));
    }

    [Fact]
    public void Every_year_has_eleven_statutory_days_and_a_substitute_for_each_one_on_a_weekend()
    {
        for (var year = 1990; year <= 2060; year++)
        {
            var holidays = VietnamesePublicHolidays.For(year);
            var statutory = holidays.Where(h => h.Kind != PublicHolidayKind.Substitute).ToList();
            var substitutes = holidays.Where(h => h.Kind == PublicHolidayKind.Substitute).ToList();

            Assert.Equal(11, statutory.Count);
            Assert.Equal(statutory.Count(h => IsWeekend(h.Date)), substitutes.Count);
            Assert.All(substitutes, s => Assert.False(IsWeekend(s.Date)));
            Assert.Equal(holidays.Count, holidays.Select(h => h.Date).Distinct().Count());
            Assert.Equal(holidays.OrderBy(h => h.Date).ToList(), holidays);
            Assert.All(holidays, h => Assert.Equal(year, h.Date.Year));
        }
    }

    [Fact]
    public void Years_outside_the_lunar_calendar_range_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnamesePublicHolidays.For(VietnameseLunarCalendar.MaxYear + 1));
    }

    private static bool IsWeekend(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static List<string> Describe(IEnumerable<Holiday> holidays) =>
        holidays
            .Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.Date:yyyy-MM-dd} {h.Kind} {h.Code}"))
            .ToList();
}
