using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace PartyMembers.Web.Features.Admin;

/// Puts validation messages beside their fields without repeating what model binding already said: a date typed as
/// "31/02/2026" gets "invalid date", not also "enter the date". Binding messages that would show the C# property name
/// (a tampered list value, a number typed with letters) are reworded to a plain "invalid value".
public static class AdminValidation
{
    public static void AddBesideBinding(this ModelStateDictionary modelState, IStringLocalizer texts, ValidationResult result, string prefix = "Input")
    {
        var dateMessage = texts["Error.Date.Format"].Value;
        var plain = texts["Error.Binding.InvalidValue"].Value;
        foreach (var entry in modelState.Values.Where(e => e.Errors.Count > 0))
        {
            var reworded = entry.Errors.Select(e => e.ErrorMessage == dateMessage ? e.ErrorMessage : plain).Distinct().ToList();
            entry.Errors.Clear();
            foreach (var message in reworded)
            {
                entry.Errors.Add(message);
            }
        }

        foreach (var failure in result.Errors)
        {
            var key = string.IsNullOrEmpty(failure.PropertyName) ? string.Empty
                : string.IsNullOrEmpty(prefix) ? failure.PropertyName : prefix + "." + failure.PropertyName;
            if (!modelState.HasError(key))
            {
                modelState.AddModelError(key, failure.ErrorMessage);
            }
        }
    }

    public static bool HasError(this ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;
}
