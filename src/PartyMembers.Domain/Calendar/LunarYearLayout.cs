namespace PartyMembers.Domain.Calendar;

// The months of one lunar year, from mùng 1 Tết to the eve of the next Tết, as DateOnly day
// numbers. Built once per year and cached, because every conversion needs the whole year to
// know which month (if any) is the leap month.
internal sealed class LunarYearLayout
{
    // Start of each month followed by the start of the next year's first month, so that
    // _starts[i + 1] - _starts[i] is always the length of month i.
    private readonly int[] _starts;

    // Position of the leap month in _starts, or -1. A leap month repeats the number of the month
    // before it, so with a leap month at index L the months read 1, 2, ..., L, L (leap), L + 1, ...
    private readonly int _leapIndex;

    private LunarYearLayout(int year, int[] starts, int leapIndex)
    {
        Year = year;
        _starts = starts;
        _leapIndex = leapIndex;
    }

    public int Year { get; }

    public int MonthCount => _starts.Length - 1;

    public int FirstDay => _starts[0];

    // A leap month at index L repeats month L, so the index is also its number.
    public int? LeapMonth => _leapIndex < 0 ? null : _leapIndex;

    public static LunarYearLayout Compute(int lunarYear)
    {
        // A lunar year straddles two "suì" (solstice years, from one month 11 to the next): its
        // months 1 to 10 come from the suì ending in December of the same solar year and its
        // months 11 and 12 from the following one. Leap months are decided per suì, so both are
        // laid out and then cut at the two New Years.
        var thisSui = LayOutSui(lunarYear);
        var nextSui = LayOutSui(lunarYear + 1);

        var firstMonth = IndexOfFirstMonth(thisSui);
        var nextFirstMonth = IndexOfFirstMonth(nextSui);

        var months = thisSui.Skip(firstMonth).Concat(nextSui.Take(nextFirstMonth)).ToList();
        var starts = months.Select(m => m.Start).Append(nextSui[nextFirstMonth].Start).ToArray();
        var leapIndex = months.FindIndex(m => m.IsLeap);

        return new LunarYearLayout(lunarYear, starts, leapIndex);
    }

    public int StartOf(int index) => _starts[index];

    public int LengthOf(int index) => _starts[index + 1] - _starts[index];

    public (int Month, bool IsLeap) MonthAt(int index)
    {
        if (_leapIndex < 0 || index < _leapIndex)
        {
            return (index + 1, false);
        }

        return (index, index == _leapIndex);
    }

    // -1 when the year has no such month (a leap month that this year does not have).
    public int IndexOf(int month, bool isLeap)
    {
        if (isLeap)
        {
            return _leapIndex == month ? month : -1;
        }

        return _leapIndex < 0 || month - 1 < _leapIndex ? month - 1 : month;
    }

    public int IndexContaining(int dayNumber)
    {
        for (var i = MonthCount - 1; i >= 0; i--)
        {
            if (_starts[i] <= dayNumber)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(dayNumber), dayNumber, "The day precedes this lunar year.");
    }

    private static int IndexOfFirstMonth(List<(int Start, int Number, bool IsLeap)> sui) =>
        sui.FindIndex(m => m.Number == 1 && !m.IsLeap);

    // Months of the suì that ends with the month 11 of the given solar year, starting with the
    // month 11 of the previous solar year.
    private static List<(int Start, int Number, bool IsLeap)> LayOutSui(int solarYear)
    {
        var firstLunation = Month11Lunation(solarYear - 1);
        var endLunation = Month11Lunation(solarYear);
        var count = endLunation - firstLunation;

        var starts = new int[count + 1];
        for (var i = 0; i <= count; i++)
        {
            starts[i] = LunarAstronomy.NewMoonDay(firstLunation + i);
        }

        // Twelve major terms fall in a suì; with thirteen months at least one month receives none
        // and the first such month after month 11 becomes the leap month.
        var leapIndex = -1;
        if (count == 13)
        {
            for (var i = 1; i < count; i++)
            {
                if (LunarAstronomy.SolarSector(starts[i]) == LunarAstronomy.SolarSector(starts[i + 1]))
                {
                    leapIndex = i;
                    break;
                }
            }
        }

        var months = new List<(int Start, int Number, bool IsLeap)>(count);
        for (var i = 0; i < count; i++)
        {
            var sequence = leapIndex >= 0 && i >= leapIndex ? i - 1 : i;
            var number = ((10 + sequence) % 12) + 1;
            months.Add((LunarAstronomy.ToDayNumber(starts[i]), number, i == leapIndex));
        }

        return months;
    }

    // Lunation that starts month 11, the month containing the December solstice (the sun entering
    // 270 degrees, sector 9), of the given solar year.
    private static int Month11Lunation(int solarYear)
    {
        var lastDayOfYear = LunarAstronomy.ToJulianDay(new DateOnly(solarYear, 12, 31).DayNumber);
        var k = LunarAstronomy.MeanLunationBefore(lastDayOfYear);

        // A new moon late in December can already be past the solstice; month 11 then began with
        // the lunation before it.
        while (LunarAstronomy.SolarSector(LunarAstronomy.NewMoonDay(k)) >= 9)
        {
            k--;
        }

        return k;
    }
}
