using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Security;

namespace PartyMembers.Web.Pages.Account;

/// The signed-in user's own sessions, and "sign out other sessions" (OWASP ASVS 5.0 7.4.3): every other session of the
/// account ends on the server; this one stays open.
public sealed class SessionsModel(SessionRevocation sessions, CurrentUser currentUser, IOptionsMonitor<SessionSettings> settings) : AppPageModel
{
    [BindProperty]
    public EndInput Input { get; set; } = new();

    public IReadOnlyList<SessionView> Sessions { get; private set; } = [];

    public SessionSettings Settings => settings.CurrentValue;

    public bool HasOthers => Sessions.Any(s => s.IsActive && !s.IsCurrent);

    public async Task<IActionResult> OnGetAsync()
    {
        if (currentUser.UserId is not { } userId)
        {
            return Challenge();
        }

        await LoadAsync(userId);
        Input.Current = SessionRevocation.Current(HttpContext);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (currentUser.UserId is not { } userId)
        {
            return Challenge();
        }

        // The form names the session it was shown in: a form from another session, or none, ends nothing.
        var current = SessionRevocation.Current(HttpContext);
        if (current is null || Input.Current != current)
        {
            ModelState.AddModelError(string.Empty, T["Sessions.Error.Stale"]);
            await LoadAsync(userId);
            Input.Current = current;
            return Page();
        }

        await sessions.EndOthersAsync(userId, current.Value);
        return Saved("Sessions.Status.OthersEnded", "/Account/Sessions");
    }

    private async Task LoadAsync(Guid userId) =>
        Sessions = await sessions.ListAsync(userId, SessionRevocation.Current(HttpContext), HttpContext.RequestAborted);

    public sealed class EndInput
    {
        public Guid? Current { get; set; }
    }
}
