using Microsoft.AspNetCore.Mvc;

namespace PartyMembers.Web.Pages;

/// The page shown for 403, 404 and other status codes, in the user's language, keeping the status code.
[IgnoreAntiforgeryToken]
public sealed class StatusCodeModel : AppPageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;

    public void OnPost(int code) => Code = code;
}
