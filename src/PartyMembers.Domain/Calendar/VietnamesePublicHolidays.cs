using System.Collections.Concurrent;
using System.Globalization;

namespace PartyMembers.Domain.Calendar;

// Statutory public holidays of the Labour Code 2019 (Bộ luật Lao động 2019, Art. 112(1), in force
// since 1 January 2021) for staff whose weekly rest days are Saturday and Sunday, with the
// compensatory day off of Art. 111(3). The same rules are applied to every year so that older
// dates still get a plausible answer, although before 2021 National Day was a single day.
//
// Art. 112(3) leaves the exact Tết days and the second National Day to a yearly decision of the
// Prime Minister. The defaults here are the usual choice; when a decision differs (days swapped,
// Tết starting a day earlier) administrators record it as CalendarException entries.
public static class VietnamesePublicHolidays
{
    public const string NewYearCode = "NewYear";
    public const string TetEveCode = "Tet.Eve";
    public const string TetDayCodePrefix = "Tet.Day";
    public const string HungKingsCode = "HungKings";
    public const string ReunificationDayCode = "ReunificationDay";
    public const string LabourDayCode = "LabourDay";
    public const string NationalDayCode = "NationalDay";
    public const string NationalDayAdjacentCode = "NationalDay.Adjacent";

    // A substitute day is coded after the holiday it makes up for, e.g. "Substitute.Tet.Day1".
    public const string SubstituteCodePrefix = "Substitute.";

    private static readonly ConcurrentDictionary<int, IReadOnlyList<Holiday>> Cache = new();

    // All statutory holidays and substitute days whose date lies in the given solar year, sorted
    // by date.
    public static IReadOnlyList<Holiday> For(int year)
    {
        if (year is < VietnameseLunarCalendar.MinYear or > VietnameseLunarCalendar.MaxYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year),
                year,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Holidays are computed for {VietnameseLunarCalendar.MinYear}–{VietnameseLunarCalendar.MaxYear} only."));
        }

        return Cache.GetOrAdd(year, Compute);
    }

    private static IReadOnlyList<Holiday> Compute(int year)
    {
        // Substitute days are pushed forward past other holidays, so a holiday late in one year
        // could in principle spill into the next; the neighbouring years are laid out too and the
        // result is cut to the requested year afterwards.
        var statutory = new List<Holiday>();
        for (var y = year - 1; y <= year + 1; y++)
        {
            AddStatutory(y, statutory);
        }

        statutory.Sort((a, b) => a.Date.CompareTo(b.Date));

        var taken = statutory.Select(h => h.Date).ToHashSet();
        var all = new List<Holiday>(statutory);
        foreach (var holiday in statutory)
        {
            if (!IsWeekend(holiday.Date))
            {
                continue;
            }

            // Art. 111(3): the day off is given on the next working day, which cannot be a day
            // that is already a holiday or the substitute for an earlier one.
            var substitute = holiday.Date.AddDays(1);
            while (IsWeekend(substitute) || taken.Contains(substitute))
            {
                substitute = substitute.AddDays(1);
            }

            taken.Add(substitute);
            all.Add(new Holiday(substitute, PublicHolidayKind.Substitute, SubstituteCodePrefix + holiday.Code));
        }

        return all
            .Where(h => h.Date.Year == year)
            .OrderBy(h => h.Date)
            .ThenBy(h => h.Kind)
            .ToList()
            .AsReadOnly();
    }

    private static void AddStatutory(int year, List<Holiday> holidays)
    {
        holidays.Add(new Holiday(new DateOnly(year, 1, 1), PublicHolidayKind.NewYear, NewYearCode));

        // Five Tết days: the last day of the old year, whether it is the 29th or the 30th of
        // month 12, and mùng 1 to mùng 4.
        var tet = VietnameseLunarCalendar.NewYearUnchecked(year);
        holidays.Add(new Holiday(tet.AddDays(-1), PublicHolidayKind.LunarNewYear, TetEveCode));
        for (var day = 1; day <= 4; day++)
        {
            holidays.Add(new Holiday(
                tet.AddDays(day - 1),
                PublicHolidayKind.LunarNewYear,
                TetDayCodePrefix + day.ToString(CultureInfo.InvariantCulture)));
        }

        holidays.Add(new Holiday(
            VietnameseLunarCalendar.ToSolarUnchecked(year, 3, 10),
            PublicHolidayKind.HungKings,
            HungKingsCode));
        holidays.Add(new Holiday(new DateOnly(year, 4, 30), PublicHolidayKind.ReunificationDay, ReunificationDayCode));
        holidays.Add(new Holiday(new DateOnly(year, 5, 1), PublicHolidayKind.LabourDay, LabourDayCode));

        var nationalDay = new DateOnly(year, 9, 2);
        holidays.Add(new Holiday(nationalDay, PublicHolidayKind.NationalDay, NationalDayCode));
        holidays.Add(new Holiday(NationalDayAdjacent(nationalDay), PublicHolidayKind.NationalDayAdjacent, NationalDayAdjacentCode));
    }

    // The decisions for 2021–2025 all follow one pattern: the day before 2/9, unless that day is
    // a weekend (a weekend day would waste the holiday) or 2/9 is a Thursday (taking Friday 3/9
    // gives a four-day weekend). The government may still decide otherwise in a given year.
    private static DateOnly NationalDayAdjacent(DateOnly nationalDay)
    {
        var dayBefore = nationalDay.AddDays(-1);
        return IsWeekend(dayBefore) || nationalDay.DayOfWeek == DayOfWeek.Thursday
            ? nationalDay.AddDays(1)
            : dayBefore;
    }

    private static bool IsWeekend(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
