namespace PartyMembers.Infrastructure.Auditing;

/// Who is making changes in the current scope (the signed-in user of the request, or a named system task).
public interface IAuditActor
{
    Guid? UserId { get; }

    string UserName { get; }

    string? TraceId { get; }
}

/// The actor of start-up tasks and commands run from the shell.
public sealed class SystemAuditActor(string name) : IAuditActor
{
    public Guid? UserId => null;

    public string UserName { get; } = name;

    public string? TraceId => null;
}
