using PartyMembers.Domain.Accounts;
using PartyMembers.Web.Features.Home;

namespace PartyMembers.Web.Areas.Cell.Pages;

public sealed class IndexModel(RoleHome home, TimeProvider clock) : RoleHomePageModel(home, clock, Role.CellSecretary);
