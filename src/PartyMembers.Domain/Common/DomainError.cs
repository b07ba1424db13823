namespace PartyMembers.Domain.Common;

/// A rule the requested change would break. <see cref="Code"/> is a stable key the UI translates; <see cref="Field"/>
/// names the input the message belongs beside (null for the whole form); <see cref="Arguments"/> fill the message.
public sealed record DomainError(string Code, string? Field = null, params object[] Arguments)
{
    public override string ToString() => Field is null ? Code : $"{Field}: {Code}";
}
