using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using PartyMembers.Infrastructure.Identity;

namespace PartyMembers.Web.Security;

/// The password policy's refusals (Identity's and <see cref="PartyPasswordValidator"/>'s codes) in the user's language,
/// beside the password field, on every page that sets a password.
public static class PasswordErrorTexts
{
    /// The message for a password refusal, or null when the error is not about the password.
    public static string? For(IStringLocalizer texts, IdentityError error, int minimumLength) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => texts["Admin.Error.User.PasswordTooShort", minimumLength].Value,
        PartyPasswordValidator.TooLong => texts["Account.Password.TooLong", PasswordRules.MaxLength].Value,
        PartyPasswordValidator.Common => texts["Account.Password.Common"].Value,
        PartyPasswordValidator.ContainsUserName => texts["Account.Password.ContainsUserName"].Value,
        PartyPasswordValidator.ContainsDisplayName => texts["Account.Password.ContainsDisplayName"].Value,
        PartyPasswordValidator.ContainsOrganisation => texts["Account.Password.ContainsOrganisation"].Value,
        nameof(IdentityErrorDescriber.PasswordRequiresDigit)
            or nameof(IdentityErrorDescriber.PasswordRequiresLower)
            or nameof(IdentityErrorDescriber.PasswordRequiresUpper)
            or nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric)
            or nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => texts["Admin.Error.User.PasswordWeak"].Value,
        _ => null,
    };

    /// Puts each password refusal beside <paramref name="field"/> (once each), any other error on top.
    public static void AddTo(ModelStateDictionary modelState, IStringLocalizer texts, IEnumerable<IdentityError> errors, string field, int minimumLength)
    {
        foreach (var error in errors)
        {
            var message = For(texts, error, minimumLength);
            var key = message is null ? string.Empty : field;
            message ??= texts["Admin.Error.User.Rejected"];
            if (!modelState.TryGetValue(key, out var entry) || entry.Errors.All(e => e.ErrorMessage != message))
            {
                modelState.AddModelError(key, message);
            }
        }
    }
}
