namespace PartyMembers.Domain.Calendar;

// One solar year of a WorkingDayCalendar with its exceptions applied, precomputed so that
// counting hundreds of working days costs one array look-up per day.
internal sealed class CalendarYear
{
    private readonly bool[] _isWorkingDay;
    private readonly int _firstDayNumber;
    private readonly Dictionary<DateOnly, Holiday> _holidaysByDate;

    public CalendarYear(int year, IReadOnlyDictionary<DateOnly, CalendarException> exceptions)
    {
        _holidaysByDate = [];

        // Exceptions win over the computed calendar because they record what the government
        // actually decided for that date.
        foreach (var holiday in VietnamesePublicHolidays.For(year))
        {
            if (!exceptions.ContainsKey(holiday.Date))
            {
                _holidaysByDate.TryAdd(holiday.Date, holiday);
            }
        }

        foreach (var exception in exceptions.Values)
        {
            if (exception.Date.Year == year && exception.Kind == CalendarExceptionKind.Holiday)
            {
                _holidaysByDate[exception.Date] = new Holiday(exception.Date, PublicHolidayKind.Declared, exception.Name);
            }
        }

        Holidays = _holidaysByDate.Values.OrderBy(h => h.Date).ToList().AsReadOnly();

        var firstDay = new DateOnly(year, 1, 1);
        _firstDayNumber = firstDay.DayNumber;
        _isWorkingDay = new bool[DateTime.IsLeapYear(year) ? 366 : 365];
        for (var i = 0; i < _isWorkingDay.Length; i++)
        {
            var date = firstDay.AddDays(i);
            _isWorkingDay[i] = exceptions.TryGetValue(date, out var exception)
                ? exception.Kind == CalendarExceptionKind.WorkingDay
                : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidaysByDate.ContainsKey(date);
        }
    }

    public IReadOnlyList<Holiday> Holidays { get; }

    public bool IsWorkingDay(DateOnly date) => _isWorkingDay[date.DayNumber - _firstDayNumber];

    // Day numbers let the counting loops skip DateOnly's calendar arithmetic on every step.
    public bool Contains(int dayNumber) => (uint)(dayNumber - _firstDayNumber) < (uint)_isWorkingDay.Length;

    public bool IsWorkingDay(int dayNumber) => _isWorkingDay[dayNumber - _firstDayNumber];

    public Holiday? HolidayOn(DateOnly date) => _holidaysByDate.GetValueOrDefault(date);
}
