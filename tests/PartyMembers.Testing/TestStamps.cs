using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;

namespace PartyMembers.Testing;

/// Change stamps for a role on a given "today" (the calendar day in Vietnam the rules use).
public static class TestStamps
{
    /// A stamp for <paramref name="role"/> on <paramref name="today"/>, recorded at 09:00 Vietnam time that day.
    /// Without <paramref name="userId"/> the user is the one <see cref="UserIdFor"/> gives for the role.
    public static ChangeStamp As(Role role, DateOnly today, Guid? userId = null, string? userName = null) =>
        new(userId ?? UserIdFor(role), userName ?? UserNameFor(role), role, AtUtc(today), today);

    /// A stamp for <paramref name="role"/> on <see cref="TestDates.Today"/>.
    public static ChangeStamp As(Role role) => As(role, TestDates.Today);

    /// A stable user id per role, so tests can check who recorded an event.
    public static Guid UserIdFor(Role role) => new(0x7E57_0000 + (int)role, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]);

    public static string UserNameFor(Role role) => "test." + role.ToString().ToLowerInvariant();

    /// 09:00 in Vietnam on <paramref name="today"/>, as UTC.
    public static DateTime AtUtc(DateOnly today) =>
        DateTime.SpecifyKind(today.ToDateTime(new TimeOnly(9, 0)) - VietnamTime.Offset, DateTimeKind.Utc);
}
