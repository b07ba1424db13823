namespace PartyMembers.Domain.Calendar;

public enum CalendarExceptionKind
{
    // A day off not produced by the statutory rules, such as a day moved by government decision.
    Holiday,

    // A day worked although it would otherwise be off, such as the Saturday that makes up for a
    // swapped weekday, or a computed holiday the government moved elsewhere.
    WorkingDay,
}
