using FluentValidation;
using Microsoft.Extensions.Localization;

namespace PartyMembers.Web.Features.Admin;

/// Dates the admin forms accept. A mistyped year (0202, 20266) would otherwise be stored and later break date arithmetic
/// at the edges of the calendar; the Party's organisations and rules all fall well within these years.
public static class AdminDates
{
    public const int FirstYear = 1900;
    public const int LastYear = 2100;

    public static bool IsPlausible(DateOnly? date) => date is null || date.Value.Year is >= FirstYear and <= LastYear;

    public static IRuleBuilderOptions<T, DateOnly?> Plausible<T>(this IRuleBuilder<T, DateOnly?> rule, IStringLocalizer texts) =>
        rule.Must(IsPlausible).WithMessage(_ => texts["Admin.Error.DateRange", FirstYear, LastYear]);
}
