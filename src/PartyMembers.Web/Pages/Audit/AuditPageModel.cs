using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Organisation;
using PartyMembers.Web.Authorization;

namespace PartyMembers.Web.Pages.Audit;

/// The audit is read by the organisation board and the inspection committee of the upper committee (the whole
/// organisation); the folder policy lets in their roles anywhere, this checks the level (ADR 0015).
public abstract class AuditPageModel(CurrentUser currentUser) : AppPageModel
{
    public static bool MayRead(IEnumerable<ActiveAssignment> assignments) =>
        assignments.Any(a => a.Role is Role.OrganisationBoard or Role.InspectionCommittee && a.UnitType == UnitType.UpperCommittee);

    protected async Task<IActionResult?> RefuseUnlessAuditorAsync() =>
        MayRead(await currentUser.AssignmentsAsync()) ? null : Forbid();
}
