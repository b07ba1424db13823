using PartyMembers.Domain.Calendar;
using PartyMembers.Domain.Rules;

namespace PartyMembers.Domain.Tests.Rules;

public class CalendarEntryTests
{
    private static readonly DateOnly Friday = new(2025, 5, 2);
    private static readonly DateOnly Saturday = new(2025, 4, 26);

    [Fact]
    public void A_declared_day_keeps_its_date_kind_and_tidied_name()
    {
        var entry = ErrorAssert.Succeeded(CalendarEntry.Declare(Friday, CalendarExceptionKind.Holiday, "  Nghỉ  bù 30/4 ", " Thông báo 6150/TB-BNV "));

        Assert.Equal((Friday, CalendarExceptionKind.Holiday, "Nghỉ bù 30/4", "Thông báo 6150/TB-BNV"), (entry.Date, entry.Kind, entry.Name, entry.Source));
        Assert.Equal(new CalendarException(Friday, CalendarExceptionKind.Holiday, "Nghỉ bù 30/4"), entry.ToException());
        Assert.False(entry.IsWithdrawn);
    }

    [Fact]
    public void A_make_up_working_day_may_fall_on_a_weekend_but_a_declared_holiday_may_not()
    {
        ErrorAssert.Succeeded(CalendarEntry.Declare(Saturday, CalendarExceptionKind.WorkingDay, "Làm bù", null));
        ErrorAssert.Only(CalendarEntry.Declare(Saturday, CalendarExceptionKind.Holiday, "Nghỉ", null), "Calendar.HolidayOnWeekend", nameof(CalendarEntry.Date));
        ErrorAssert.Only(CalendarEntry.Declare(Saturday.AddDays(1), CalendarExceptionKind.Holiday, "Nghỉ", null), "Calendar.HolidayOnWeekend", nameof(CalendarEntry.Date));
    }

    [Fact]
    public void Name_source_and_kind_are_checked()
    {
        ErrorAssert.Only(CalendarEntry.Declare(Friday, CalendarExceptionKind.Holiday, " ", null), "Calendar.NameRequired", nameof(CalendarEntry.Name));
        ErrorAssert.Only(CalendarEntry.Declare(Friday, CalendarExceptionKind.Holiday, new string('n', 201), null), "Text.TooLong", nameof(CalendarEntry.Name));
        ErrorAssert.Only(CalendarEntry.Declare(Friday, CalendarExceptionKind.Holiday, "Nghỉ", new string('s', 301)), "Text.TooLong", nameof(CalendarEntry.Source));
        ErrorAssert.Only(CalendarEntry.Declare(Friday, (CalendarExceptionKind)5, "Nghỉ", null), "Value.Invalid", nameof(CalendarEntry.Kind));
    }

    [Fact]
    public void An_entry_is_withdrawn_once()
    {
        var entry = ErrorAssert.Succeeded(CalendarEntry.Declare(Friday, CalendarExceptionKind.Holiday, "Nghỉ bù", null));

        ErrorAssert.Succeeded(entry.Withdraw());
        Assert.True(entry.IsWithdrawn);
        ErrorAssert.Only(entry.Withdraw(), "Calendar.AlreadyWithdrawn");
    }
}
