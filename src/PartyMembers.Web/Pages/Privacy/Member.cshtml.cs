using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Privacy;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.Privacy;

namespace PartyMembers.Web.Pages.Privacy;

/// What the registry holds about one member, how it is classed, and the lawful basis it is held on (in force and
/// history).
public sealed class MemberModel(MemberAccess access, CurrentUser currentUser, TimeProvider clock, PartyMembersDbContext db)
    : PrivacyPageModel(access, currentUser, clock)
{
    public IReadOnlyList<LawfulBasisRecord> Records { get; private set; } = [];

    public LawfulBasisRecord? InForce { get; private set; }

    protected override string TitleKey => "Privacy.Member.Title";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id, UnitOperations.ReadMembers) is { } refused)
        {
            return refused;
        }

        Records = await db.LawfulBasisRecords.AsNoTracking().Where(r => r.MemberId == id)
            .OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.RecordedAtUtc).ToListAsync();
        InForce = LawfulBasisRecord.InForce(Records, Domain.Common.VietnamTime.Today(Clock));
        return Page();
    }
}
