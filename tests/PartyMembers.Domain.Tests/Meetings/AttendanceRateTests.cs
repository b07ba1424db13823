using PartyMembers.Domain.Meetings;

namespace PartyMembers.Domain.Tests.Meetings;

public sealed class AttendanceRateTests
{
    [Fact]
    public void The_rate_is_present_over_expected_leaving_out_exempt_and_away()
    {
        var rate = AttendanceRate.From(
        [
            (AttendanceStatus.Present, 5), (AttendanceStatus.AbsentWithReason, 1), (AttendanceStatus.AbsentWithoutReason, 1),
            (AttendanceStatus.Exempt, 4), (AttendanceStatus.AwayOnTransfer, 2), (AttendanceStatus.Present, 1),
        ]);

        Assert.Equal(8, rate.Expected);
        Assert.Equal(75.0m, rate.Percent);
        Assert.Equal((6, 4, 2), (rate.Present, rate.Exempt, rate.AwayOnTransfer));
    }

    [Fact]
    public void The_rate_rounds_to_one_decimal_and_is_empty_when_nobody_was_expected()
    {
        Assert.Equal(66.7m, AttendanceRate.From([(AttendanceStatus.Present, 2), (AttendanceStatus.AbsentWithoutReason, 1)]).Percent);
        Assert.Null(AttendanceRate.From([(AttendanceStatus.Exempt, 3)]).Percent);
        Assert.Null(AttendanceRate.None.Percent);
    }
}
