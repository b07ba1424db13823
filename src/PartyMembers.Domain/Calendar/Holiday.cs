namespace PartyMembers.Domain.Calendar;

// Code is a stable English key (for example "Tet.Day1" or "Substitute.LabourDay") that the user
// interface translates; for a Declared holiday it is the name the administrator gave.
public sealed record Holiday(DateOnly Date, PublicHolidayKind Kind, string Code);
