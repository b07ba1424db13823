using Microsoft.AspNetCore.Mvc;
using PartyMembers.Infrastructure.Auditing;
using PartyMembers.Web.Authorization;

namespace PartyMembers.Web.Pages.Audit;

/// Walks the whole chain and shows whether it holds (the same check as `verify-audit`).
public sealed class VerifyModel(CurrentUser currentUser, AuditVerifier verifier) : AuditPageModel(currentUser)
{
    public AuditVerification? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAuditorAsync() is { } refused)
        {
            return refused;
        }

        Result = await verifier.VerifyAsync(cancellationToken: HttpContext.RequestAborted);
        return Page();
    }
}
