using Microsoft.Extensions.Localization;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Features.Admin;

/// The breadcrumb of an admin page: the admin home, then the section, then the page. The administrator works on the
/// whole organisation, so there is no organisation path to show as in the member pages.
public static class AdminCrumbs
{
    public const string Home = "/Admin";

    public static List<Breadcrumb> For(IStringLocalizer texts, params Breadcrumb[] tail) =>
        [new Breadcrumb(texts["Admin.Title"], Home), .. tail];
}
