using PartyMembers.Web.Features.Admin;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Areas.Admin.Pages;

/// The administrator's home: the four things the administrator keeps. No member data is shown anywhere in this area.
[GetOnly]
public sealed class IndexModel : AppPageModel
{
    public static readonly IReadOnlyList<(string Url, string TitleKey, string DescriptionKey, string TestId)> Sections =
    [
        ("/Admin/Units", "Menu.Admin.Units", "Admin.Home.Units", "admin-units"),
        ("/Admin/Users", "Menu.Admin.Users", "Admin.Home.Users", "admin-users"),
        ("/Admin/Holidays", "Menu.Admin.Holidays", "Admin.Home.Holidays", "admin-holidays"),
        ("/Admin/Rules", "Menu.Admin.Rules", "Admin.Home.Rules", "admin-rules"),
        ("/Admin/Backups", "Menu.Admin.Backups", "Admin.Home.Backups", "admin-backups"),
    ];

    public void OnGet()
    {
    }
}
