using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Common;

namespace PartyMembers.Web.Infrastructure;

public static class TextExtensions
{
    /// The display name of an enum value: "Enum.{Type}.{Value}".
    public static string Enum<TEnum>(this IStringLocalizer texts, TEnum value)
        where TEnum : struct, System.Enum => texts[$"Enum.{typeof(TEnum).Name}.{value}"];

    public static string EnumValue(this IStringLocalizer texts, System.Enum value) => texts[$"Enum.{value.GetType().Name}.{value}"];

    /// The message of a domain error in the user's language, its arguments formatted for display.
    public static string Error(this IStringLocalizer texts, DomainError error)
    {
        var arguments = error.Arguments.Select(a => a switch
        {
            System.Enum e => (object)texts.EnumValue(e),
            DateOnly d => Format.Date(d),
            IFormattable f => f.ToString(null, CultureInfo.CurrentCulture),
            _ => a,
        }).ToArray();
        return texts["Error." + error.Code, arguments];
    }

    /// Puts each domain error beside its field (prefixed with the input model's name), or on the whole form.
    public static void AddDomainErrors(this ModelStateDictionary modelState, IStringLocalizer texts, IEnumerable<DomainError> errors, string prefix = "Input")
    {
        foreach (var error in errors)
        {
            var key = error.Field is null ? string.Empty : string.IsNullOrEmpty(prefix) ? error.Field : prefix + "." + error.Field;
            modelState.AddModelError(key, texts.Error(error));
        }
    }
}
