using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace PartyMembers.Web.Features.Admin;

/// Identity reports its refusals in English with its own codes; the administrator reads them in the UI language,
/// beside the field they are about.
public static class IdentityErrorTexts
{
    public static void AddTo(
        ModelStateDictionary modelState, IStringLocalizer texts, IEnumerable<IdentityError> errors, string userNameKey, string passwordKey,
        int passwordLength)
    {
        foreach (var error in errors)
        {
            var password = Security.PasswordErrorTexts.For(texts, error, passwordLength);
            var (key, message) = error.Code switch
            {
                _ when password is not null => (passwordKey, password),
                nameof(IdentityErrorDescriber.DuplicateUserName) => (userNameKey, texts["Admin.Error.User.UserNameTaken"].Value),
                nameof(IdentityErrorDescriber.InvalidUserName) => (userNameKey, texts["Admin.Error.User.UserNameFormat"].Value),
                nameof(IdentityErrorDescriber.ConcurrencyFailure) => (string.Empty, texts["Error.Concurrency"].Value),
                nameof(IdentityErrorDescriber.InvalidToken) => (string.Empty, texts["Error.Concurrency"].Value),
                _ => (string.Empty, texts["Admin.Error.User.Rejected"].Value),
            };
            if (!modelState.TryGetValue(key, out var entry) || entry.Errors.All(e => e.ErrorMessage != message))
            {
                modelState.AddModelError(key, message);
            }
        }
    }
}
