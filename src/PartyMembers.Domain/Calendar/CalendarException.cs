namespace PartyMembers.Domain.Calendar;

// A day an administrator has set apart from the computed calendar. The government announces
// the exact Tết and National Day arrangements every year, often swapping a weekday for a
// Saturday, and those decisions can only be recorded, not derived.
public sealed record CalendarException(DateOnly Date, CalendarExceptionKind Kind, string Name);
