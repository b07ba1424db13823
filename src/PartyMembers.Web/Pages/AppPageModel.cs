using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Common;
using PartyMembers.Web.Infrastructure;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages;

/// What every page shares: texts in the user's language, a status message for the next page (never personal data:
/// TempData travels in a cookie), and domain errors put beside their fields.
public abstract class AppPageModel : PageModel
{
    private IStringLocalizer? _texts;

    [TempData]
    public string? StatusMessage { get; set; }

    protected IStringLocalizer T => _texts ??= HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Texts>>();

    protected void AddErrors(IEnumerable<DomainError> errors, string prefix = "Input") =>
        ModelState.AddDomainErrors(T, errors, prefix);

    /// Puts the validator's messages beside their fields, except where model binding already put one: a date typed as
    /// "31/02/2026" says "invalid date", not also "enter the date".
    protected void AddValidation(FluentValidation.Results.ValidationResult result, string prefix = "Input")
    {
        foreach (var failure in result.Errors)
        {
            var key = string.IsNullOrEmpty(failure.PropertyName) ? string.Empty
                : string.IsNullOrEmpty(prefix) ? failure.PropertyName : prefix + "." + failure.PropertyName;
            if (!HasError(key))
            {
                ModelState.AddModelError(key, failure.ErrorMessage);
            }
        }
    }

    protected bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    /// The message shown when someone else saved the record first (optimistic concurrency).
    protected void AddConcurrencyError() => ModelState.AddModelError(string.Empty, T["Error.Concurrency"]);

    /// Writes one access-log row (docs/security.md, "Audit and logs"): the record's entity and key, the member it is
    /// about, and the page path (never the query string, never personal data).
    protected Task JournalAsync(PartyMembers.Infrastructure.Auditing.AccessKind kind, string entity, string key, Guid? memberId, string? reason = null) =>
        HttpContext.RequestServices.GetRequiredService<PartyMembers.Infrastructure.Auditing.IAccessJournal>()
            .RecordAsync(kind, entity, key, memberId, (Request.PathBase + Request.Path).Value ?? string.Empty, reason, HttpContext.RequestAborted);

    protected IActionResult Saved(string messageKey, string page, object? routeValues = null)
    {
        StatusMessage = T[messageKey];
        return RedirectToPage(page, routeValues);
    }
}
