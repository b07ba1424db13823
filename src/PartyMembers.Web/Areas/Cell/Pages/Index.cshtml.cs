using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Web.Features.Home;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Areas.Cell.Pages;

public sealed class IndexModel(RoleHome home, TimeProvider clock) : AppPageModel
{
    public IReadOnlyList<RoleHomeSection> Sections { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = VietnamTime.Today(clock);
        Sections = await home.ForAsync([Role.CellSecretary], Today, HttpContext.RequestAborted);
    }
}
