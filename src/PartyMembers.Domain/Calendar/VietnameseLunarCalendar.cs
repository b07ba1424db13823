using System.Collections.Concurrent;
using System.Globalization;

namespace PartyMembers.Domain.Calendar;

// Conversion between the Gregorian calendar and the Vietnamese lunar calendar, computed from new
// moons and major solar terms at UTC+7. Published tables are not used because Vietnamese and
// Chinese calendars (UTC+8) disagree on some months, and only the astronomical rule reproduces
// the Vietnamese ones. Dates before 1968 follow the same UTC+7 rule and may therefore differ
// from calendars printed at the time, which were still computed at UTC+8.
public static class VietnameseLunarCalendar
{
    // The simplified ephemeris and its ΔT estimate stay within minutes of the truth over this
    // range; outside it month boundaries would no longer be trustworthy.
    public const int MinYear = 1800;
    public const int MaxYear = 2199;

    private static readonly ConcurrentDictionary<int, LunarYearLayout> Layouts = new();

    // Dates from Tết of MinYear to the last day of lunar year MaxYear are supported, so that every
    // result can be converted back.
    public static LunarDate FromSolar(DateOnly date)
    {
        EnsureSupported(date.Year, nameof(date));

        // Tết always falls between late January and late February, so a date belongs either to the
        // lunar year that starts in its solar year or to the previous one.
        var day = date.DayNumber;
        var layout = Layout(date.Year);
        if (day < layout.FirstDay)
        {
            layout = Layout(date.Year - 1);
            EnsureSupported(layout.Year, nameof(date));
        }

        var index = layout.IndexContaining(day);
        var (month, isLeap) = layout.MonthAt(index);
        return new LunarDate(layout.Year, month, day - layout.StartOf(index) + 1, isLeap);
    }

    public static DateOnly ToSolar(LunarDate date) =>
        ToSolar(date.Year, date.Month, date.Day, date.IsLeapMonth);

    public static DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool leapMonth = false)
    {
        var layout = LayoutOfMonth(lunarYear, lunarMonth, leapMonth, out var index);
        if (lunarDay < 1 || lunarDay > layout.LengthOf(index))
        {
            throw new ArgumentOutOfRangeException(
                nameof(lunarDay),
                lunarDay,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Month {lunarMonth}{(leapMonth ? " (leap)" : string.Empty)} of lunar year {lunarYear} has {layout.LengthOf(index)} days."));
        }

        return DateOnly.FromDayNumber(layout.StartOf(index) + lunarDay - 1);
    }

    // Mùng 1 Tết, the first day of the lunar year.
    public static DateOnly NewYear(int lunarYear)
    {
        EnsureSupported(lunarYear, nameof(lunarYear));
        return DateOnly.FromDayNumber(Layout(lunarYear).FirstDay);
    }

    // Lunar months have 29 (tháng thiếu) or 30 (tháng đủ) days depending on the next new moon.
    public static int DaysInMonth(int lunarYear, int lunarMonth, bool leapMonth = false)
    {
        var layout = LayoutOfMonth(lunarYear, lunarMonth, leapMonth, out var index);
        return layout.LengthOf(index);
    }

    // The number of the month that is doubled this year, or null in a twelve-month year.
    public static int? LeapMonth(int lunarYear)
    {
        EnsureSupported(lunarYear, nameof(lunarYear));
        return Layout(lunarYear).LeapMonth;
    }

    // Unchecked: neighbouring years of the supported range are needed at its edges (January 1800
    // belongs to lunar year 1799, holidays look one year either side).
    internal static DateOnly NewYearUnchecked(int lunarYear) =>
        DateOnly.FromDayNumber(Layout(lunarYear).FirstDay);

    internal static DateOnly ToSolarUnchecked(int lunarYear, int lunarMonth, int lunarDay)
    {
        var layout = Layout(lunarYear);
        return DateOnly.FromDayNumber(layout.StartOf(layout.IndexOf(lunarMonth, isLeap: false)) + lunarDay - 1);
    }

    private static LunarYearLayout LayoutOfMonth(int lunarYear, int lunarMonth, bool leapMonth, out int index)
    {
        EnsureSupported(lunarYear, nameof(lunarYear));
        if (lunarMonth is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarMonth), lunarMonth, "A lunar month is numbered 1 to 12.");
        }

        var layout = Layout(lunarYear);
        index = layout.IndexOf(lunarMonth, leapMonth);
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(lunarMonth),
                lunarMonth,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Lunar year {lunarYear} has no leap month {lunarMonth}; its leap month is {layout.LeapMonth?.ToString(CultureInfo.InvariantCulture) ?? "none"}."));
        }

        return layout;
    }

    private static LunarYearLayout Layout(int lunarYear) =>
        Layouts.GetOrAdd(lunarYear, LunarYearLayout.Compute);

    private static void EnsureSupported(int year, string parameterName)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                year,
                string.Create(CultureInfo.InvariantCulture, $"The lunar calendar is computed for {MinYear}–{MaxYear} only."));
        }
    }
}
