using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Calendar;

namespace PartyMembers.Web.Features.Admin;

/// The name of a holiday in the UI language. Statutory holidays carry a stable code ("Tet.Day1"); a substitute day is
/// named after the holiday it makes up for; a declared holiday carries the name the administrator gave it.
public static class HolidayNames
{
    public static string Of(IStringLocalizer texts, Holiday holiday)
    {
        if (holiday.Kind == PublicHolidayKind.Declared)
        {
            return holiday.Code;
        }

        if (holiday.Code.StartsWith(VietnamesePublicHolidays.SubstituteCodePrefix, StringComparison.Ordinal))
        {
            var original = holiday.Code[VietnamesePublicHolidays.SubstituteCodePrefix.Length..];
            return texts["Holiday.Substitute", Name(texts, original)];
        }

        return Name(texts, holiday.Code);
    }

    private static string Name(IStringLocalizer texts, string code)
    {
        var text = texts["Holiday." + code];
        return text.ResourceNotFound ? code : text.Value;
    }

    /// The weekday in the UI language ("Thứ Hai", "Monday").
    public static string Weekday(DateOnly date) =>
        System.Globalization.CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(date.DayOfWeek);
}
