namespace PartyMembers.Domain.Calendar;

// A day of the Vietnamese lunar calendar (âm lịch). Year is the solar year in which the lunar
// year begins, so 15/01 of year 2025 is in February 2025 while 15/12 of year 2025 is in 2026.
// A leap month (tháng nhuận) repeats the number of the month before it, hence the flag.
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth);
