using PartyMembers.Domain.Calendar;
using PartyMembers.Domain.Common;

namespace PartyMembers.Domain.Rules;

/// A day the administrator declares: an extra holiday (e.g. a day off swapped by government decision) or a make-up
/// working day. Entries are withdrawn, never deleted, so past time limits can be explained.
public sealed class CalendarEntry : IVersioned, INeverDeleted
{
    public const int NameMaxLength = 200;
    public const int SourceMaxLength = 300;

    private CalendarEntry()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public DateOnly Date { get; private set; }

    public CalendarExceptionKind Kind { get; private set; }

    public string Name { get; private set; }

    /// The decision that declares it, e.g. the government's notice on the Tết holiday of the year.
    public string? Source { get; private set; }

    public bool IsWithdrawn { get; private set; }

    public Guid Version { get; private set; }

    public CalendarException ToException() => new(Date, Kind, Name);

    public static Result<CalendarEntry> Declare(DateOnly date, CalendarExceptionKind kind, string name, string? source)
    {
        var errors = new List<DomainError>();
        var tidyName = VietnameseText.Tidy(name);
        if (tidyName.Length == 0)
        {
            errors.Add(new DomainError("Calendar.NameRequired", nameof(Name)));
        }
        else if (tidyName.Length > NameMaxLength)
        {
            errors.Add(new DomainError("Text.TooLong", nameof(Name), NameMaxLength));
        }

        if (source is { Length: > SourceMaxLength })
        {
            errors.Add(new DomainError("Text.TooLong", nameof(Source), SourceMaxLength));
        }

        if (!Enum.IsDefined(kind))
        {
            errors.Add(new DomainError("Value.Invalid", nameof(Kind)));
        }

        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (kind == CalendarExceptionKind.Holiday && weekend)
        {
            errors.Add(new DomainError("Calendar.HolidayOnWeekend", nameof(Date)));
        }

        if (errors.Count > 0)
        {
            return Result<CalendarEntry>.Fail(errors);
        }

        return Result<CalendarEntry>.Ok(new CalendarEntry
        {
            Id = Ids.New(),
            Date = date,
            Kind = kind,
            Name = tidyName,
            Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim(),
            Version = Guid.NewGuid(),
        });
    }

    public Result Withdraw()
    {
        if (IsWithdrawn)
        {
            return Result.Fail("Calendar.AlreadyWithdrawn");
        }

        IsWithdrawn = true;
        return Result.Success();
    }
}
