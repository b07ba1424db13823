using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages;

/// The language switch: remembers the choice in a cookie for a year and returns to the same page.
public sealed class CultureModel : AppPageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        var chosen = culture == TextCatalogue.English ? TextCatalogue.English : TextCatalogue.Vietnamese;
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps });
        // Back to a local address made of printable ASCII only: anything else could not go into the Location header.
        return LocalRedirect(Url.IsLocalUrl(returnUrl) && returnUrl.All(c => c is > ' ' and < '\u007f') ? returnUrl : "/");
    }
}
