namespace PartyMembers.Domain.Members;

/// Who records a change and when: the acting user, the role they act in, the instant (UTC) and the calendar day
/// used for rules ("today" in Vietnam).
public sealed record ChangeStamp(Guid? UserId, string UserName, Accounts.Role ActingAs, DateTime AtUtc, DateOnly Today);
