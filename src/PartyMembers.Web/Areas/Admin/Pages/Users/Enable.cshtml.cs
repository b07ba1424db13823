using Microsoft.AspNetCore.Identity;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Admin;

namespace PartyMembers.Web.Areas.Admin.Pages.Users;

public sealed class EnableModel(UserManager<ApplicationUser> users, PartyMembersDbContext db, CurrentUser currentUser)
    : AccountSwitchModel(users, db, currentUser, disable: false);
