using System.Diagnostics;
using System.Security.Claims;
using PartyMembers.Infrastructure.Auditing;

namespace PartyMembers.Web.Infrastructure;

/// The audit actor of a web request: the signed-in user (or "anonymous" for sign-in bookkeeping) and the trace id;
/// "system" for start-up work and shell commands, which run outside any request.
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public Guid? UserId =>
        Guid.TryParse(accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string UserName => accessor.HttpContext switch
    {
        null => "system",
        { User.Identity.Name: { Length: > 0 } name } => name,
        _ => "anonymous",
    };

    public string? TraceId => Activity.Current?.TraceId.ToString() ?? accessor.HttpContext?.TraceIdentifier;
}
