using System.Globalization;
using PartyMembers.Domain.Calendar;

namespace PartyMembers.Domain.Tests.Calendar;

public class VietnameseLunarCalendarTests
{
    [Theory]
    // 1968: the first Tết after North Vietnam moved its calendar to UTC+7 (South Vietnam, still on
    // UTC+8, celebrated on 30 January).
    [InlineData(1968, "1968-01-29")]
    // 1985 and 2007 are the classic cases where Vietnam (UTC+7) and China (UTC+8) differ:
    // China celebrated on 1985-02-20 and 2007-02-18.
    [InlineData(1985, "1985-01-21")]
    [InlineData(2007, "2007-02-17")]
    [InlineData(2020, "2020-01-25")]
    [InlineData(2021, "2021-02-12")]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    [InlineData(2029, "2029-02-13")]
    // The new moon of February 2030 falls shortly before midnight in Hanoi and after midnight in
    // Beijing, so Vietnam's Tết is a day before China's (2030-02-03); likewise in 2053 (China 19/02).
    [InlineData(2030, "2030-02-02")]
    [InlineData(2053, "2053-02-18")]
    public void NewYear_matches_published_Vietnamese_Tet_dates(int lunarYear, string expected)
    {
        var tet = VietnameseLunarCalendar.NewYear(lunarYear);

        Assert.Equal(Date(expected), tet);
        Assert.Equal(new LunarDate(lunarYear, 1, 1, false), VietnameseLunarCalendar.FromSolar(tet));
    }

    [Theory]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    // 2023 had a leap second month, which pushed the 10th of the third month to 29 April.
    [InlineData(2023, "2023-04-29")]
    public void Hung_Kings_day_is_the_tenth_of_the_third_month(int lunarYear, string expected)
    {
        Assert.Equal(Date(expected), VietnameseLunarCalendar.ToSolar(lunarYear, 3, 10));
    }

    [Theory]
    [InlineData(2020, 4, "2020-05-23")]
    [InlineData(2023, 2, "2023-03-22")]
    [InlineData(2025, 6, "2025-07-25")]
    // A leap month 11, which the Chinese calendar has not had since 1642.
    [InlineData(2033, 11, "2033-12-22")]
    // The leap month 8 of 1995 began a day earlier in Vietnam than in China (1995-09-25).
    [InlineData(1995, 8, "1995-09-24")]
    public void Leap_month_is_found_and_converts_both_ways(int lunarYear, int leapMonth, string firstDay)
    {
        Assert.Equal(leapMonth, VietnameseLunarCalendar.LeapMonth(lunarYear));

        var start = VietnameseLunarCalendar.ToSolar(lunarYear, leapMonth, 1, leapMonth: true);
        Assert.Equal(Date(firstDay), start);
        Assert.Equal(new LunarDate(lunarYear, leapMonth, 1, true), VietnameseLunarCalendar.FromSolar(start));

        // The ordinary month of the same number comes directly before the leap one.
        var ordinaryLength = VietnameseLunarCalendar.DaysInMonth(lunarYear, leapMonth);
        var ordinaryStart = VietnameseLunarCalendar.ToSolar(lunarYear, leapMonth, 1);
        Assert.Equal(start, ordinaryStart.AddDays(ordinaryLength));
        Assert.Equal(
            new LunarDate(lunarYear, leapMonth, ordinaryLength, false),
            VietnameseLunarCalendar.FromSolar(start.AddDays(-1)));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void Year_without_leap_month_reports_none(int lunarYear)
    {
        Assert.Null(VietnameseLunarCalendar.LeapMonth(lunarYear));
    }

    [Fact]
    public void Leap_year_has_thirteen_months_spanning_383_to_385_days()
    {
        var length = VietnameseLunarCalendar.NewYear(2026).DayNumber - VietnameseLunarCalendar.NewYear(2025).DayNumber;

        Assert.InRange(length, 383, 385);
    }

    [Theory]
    // Mid-Autumn Festival 2025.
    [InlineData("2025-10-06", 2025, 8, 15, false)]
    // The new moon of 25 June 2006 came at 23:05 in Hanoi, after midnight in Beijing.
    [InlineData("2006-06-25", 2006, 6, 1, false)]
    // Dates in January before Tết belong to the previous lunar year.
    [InlineData("2026-01-01", 2025, 11, 13, false)]
    [InlineData("2025-08-01", 2025, 6, 8, true)]
    public void FromSolar_converts_known_dates(string solar, int year, int month, int day, bool leap)
    {
        Assert.Equal(new LunarDate(year, month, day, leap), VietnameseLunarCalendar.FromSolar(Date(solar)));
    }

    [Fact]
    public void Tet_2025_to_2030_has_no_thirtieth_of_the_twelfth_month()
    {
        for (var year = 2024; year <= 2029; year++)
        {
            Assert.Equal(29, VietnameseLunarCalendar.DaysInMonth(year, 12));
        }

        Assert.Equal(30, VietnameseLunarCalendar.DaysInMonth(2023, 12));
    }

    [Fact]
    public void Every_day_from_1950_to_2060_round_trips_and_the_lunar_days_run_continuously()
    {
        var date = new DateOnly(1950, 1, 1);
        var end = new DateOnly(2060, 12, 31);
        var previous = VietnameseLunarCalendar.FromSolar(date.AddDays(-1));

        for (; date <= end; date = date.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.FromSolar(date);

            Assert.Equal(date, VietnameseLunarCalendar.ToSolar(lunar));
            if (lunar.Day == 1)
            {
                Assert.InRange(previous.Day, 29, 30);
                Assert.Equal(previous.Day, VietnameseLunarCalendar.DaysInMonth(previous.Year, previous.Month, previous.IsLeapMonth));
                var expectedYear = lunar.Month == 1 && !lunar.IsLeapMonth ? previous.Year + 1 : previous.Year;
                Assert.Equal(expectedYear, lunar.Year);
            }
            else
            {
                Assert.Equal(previous with { Day = previous.Day + 1 }, lunar);
            }

            previous = lunar;
        }
    }

    [Fact]
    public void ToSolar_rejects_a_day_the_month_does_not_have()
    {
        // The twelfth month of Giáp Thìn (lunar year 2024) has 29 days.
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2024, 12, 30));
        Assert.Equal("lunarDay", exception.ParamName);

        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2024, 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2024, 1, 31));
    }

    [Fact]
    public void ToSolar_rejects_a_month_the_year_does_not_have()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2024, 5, 1, leapMonth: true));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2025, 5, 1, leapMonth: true));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2025, 13, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2025, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.DaysInMonth(2024, 2, leapMonth: true));
    }

    [Fact]
    public void Years_outside_the_supported_range_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.NewYear(VietnameseLunarCalendar.MinYear - 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.NewYear(VietnameseLunarCalendar.MaxYear + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(new DateOnly(1799, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(new DateOnly(2200, 1, 1)));
    }

    [Fact]
    public void The_edges_of_the_supported_range_convert()
    {
        var first = VietnameseLunarCalendar.NewYear(VietnameseLunarCalendar.MinYear);
        Assert.Equal(new LunarDate(VietnameseLunarCalendar.MinYear, 1, 1, false), VietnameseLunarCalendar.FromSolar(first));

        // January 1800 before Tết belongs to lunar year 1799, which is outside the range.
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(first.AddDays(-1)));

        var last = new DateOnly(VietnameseLunarCalendar.MaxYear, 12, 31);
        Assert.Equal(last, VietnameseLunarCalendar.ToSolar(VietnameseLunarCalendar.FromSolar(last)));
    }

    private static DateOnly Date(string isoDate) =>
        DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
