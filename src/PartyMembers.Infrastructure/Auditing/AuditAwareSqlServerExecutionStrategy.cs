using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace PartyMembers.Infrastructure.Auditing;

/// SQL Server's retrying strategy, except for a save that runs in the transaction the audit interceptor began to read
/// the chain head (ADR 0015): EF would refuse that save as a "user-initiated transaction", and it is not retried (a
/// retry inside a broken transaction cannot succeed); the caller sees the error and nothing is committed.
public sealed class AuditAwareSqlServerExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : SqlServerRetryingExecutionStrategy(dependencies)
{
    // Looks only at a mark the interceptor leaves on the context: touching Database here while EF builds its services
    // would re-enter them.
    private bool InAuditTransaction => AuditInterceptor.IsSaving(Dependencies.CurrentContext.Context);

    protected override void OnFirstExecution()
    {
        if (!InAuditTransaction)
        {
            base.OnFirstExecution();
        }
    }

    protected override bool ShouldRetryOn(Exception exception) => !InAuditTransaction && base.ShouldRetryOn(exception);
}
