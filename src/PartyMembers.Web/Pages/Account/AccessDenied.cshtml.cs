namespace PartyMembers.Web.Pages.Account;

/// Where the cookie handler sends a signed-in user who may not open a page; answers 403.
public sealed class AccessDeniedModel : AppPageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
