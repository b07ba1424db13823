using System.Collections.Concurrent;
using System.Globalization;

namespace PartyMembers.Domain.Calendar;

// Working days for civil servants: Monday to Friday, except statutory holidays and their
// substitute days, adjusted by administrator-entered exceptions. Immutable; build a new instance
// when the exceptions change.
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<DateOnly, CalendarException> _exceptions;
    private readonly ConcurrentDictionary<int, CalendarYear> _years = new();

    public WorkingDayCalendar(IEnumerable<CalendarException> exceptions)
    {
        ArgumentNullException.ThrowIfNull(exceptions);

        _exceptions = [];
        foreach (var exception in exceptions)
        {
            ArgumentNullException.ThrowIfNull(exception, nameof(exceptions));
            if (!Enum.IsDefined(exception.Kind))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Unknown calendar exception kind {(int)exception.Kind} on {exception.Date:yyyy-MM-dd}."),
                    nameof(exceptions));
            }

            // The name of a declared holiday becomes its code and is shown to users.
            if (exception.Kind == CalendarExceptionKind.Holiday && string.IsNullOrWhiteSpace(exception.Name))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The holiday on {exception.Date:yyyy-MM-dd} has no name."),
                    nameof(exceptions));
            }

            // A repeated entry of the same kind is harmless and the first one is kept, but a day
            // declared both a holiday and a working day would leave the answer to enumeration
            // order, so that contradiction is reported instead of resolved silently.
            if (!_exceptions.TryAdd(exception.Date, exception) && _exceptions[exception.Date].Kind != exception.Kind)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{exception.Date:yyyy-MM-dd} is declared both a holiday and a working day."),
                    nameof(exceptions));
            }
        }

        Exceptions = _exceptions.Values.OrderBy(e => e.Date).ToList().AsReadOnly();
    }

    // The statutory calendar without any administrator exceptions.
    public static WorkingDayCalendar StatutoryOnly { get; } = new([]);

    public IReadOnlyList<CalendarException> Exceptions { get; }

    public bool IsWorkingDay(DateOnly date) => Year(date.Year).IsWorkingDay(date);

    public Holiday? HolidayOn(DateOnly date) => Year(date.Year).HolidayOn(date);

    public IReadOnlyList<Holiday> HolidaysIn(int year) => Year(year).Holidays;

    // Party rules set deadlines as "within N working days of event X". Like every time limit
    // counted in days under the Civil Code 2015 (Art. 147), the day of the event itself is not
    // counted: counting starts the next day, so the deadline is the N-th working day after start,
    // whatever time of day X happened, and an event on a weekend or holiday gains nothing from
    // the days off around it. A negative N is the mirror image (the N-th working day before
    // start, start not counted), for "at least N working days before X". N = 0 leaves start
    // unchanged even if it is not a working day.
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        if (workingDays == 0)
        {
            return start;
        }

        var step = Math.Sign(workingDays);
        var remaining = Math.Abs((long)workingDays);
        var day = start.DayNumber;
        var year = Year(start.Year);
        while (remaining > 0)
        {
            day += step;
            year = YearContaining(day, year);
            if (year.IsWorkingDay(day))
            {
                remaining--;
            }
        }

        return DateOnly.FromDayNumber(day);
    }

    // Working days d with from < d <= to, the counting convention of AddWorkingDays, so that
    // WorkingDaysBetween(s, AddWorkingDays(s, n)) == n for every n >= 0.
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return 0;
        }

        var count = 0;
        var year = Year(from.Year);
        for (var day = from.DayNumber + 1; day <= to.DayNumber; day++)
        {
            year = YearContaining(day, year);
            if (year.IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    private CalendarYear YearContaining(int dayNumber, CalendarYear current) =>
        current.Contains(dayNumber) ? current : Year(DateOnly.FromDayNumber(dayNumber).Year);

    private CalendarYear Year(int year) =>
        _years.GetOrAdd(year, y => new CalendarYear(y, _exceptions));
}
