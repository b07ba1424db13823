namespace PartyMembers.Domain.Meetings;

/// Attendance counts over a period, for a member or a cell, and the rate they give: the share of meetings attended
/// among those the member was expected at. Exempted members and members away on a temporary transfer are not
/// expected, so those lines count neither way.
public sealed record AttendanceRate(int Present, int AbsentWithReason, int AbsentWithoutReason, int Exempt, int AwayOnTransfer)
{
    public static readonly AttendanceRate None = new(0, 0, 0, 0, 0);

    public int Expected => Present + AbsentWithReason + AbsentWithoutReason;

    /// Present / expected, in percent rounded to one decimal; null when nobody was expected.
    public decimal? Percent => Expected == 0 ? null : Math.Round(100m * Present / Expected, 1, MidpointRounding.AwayFromZero);

    public static AttendanceRate From(IEnumerable<(AttendanceStatus Status, int Count)> counts)
    {
        var byStatus = counts.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        int Of(AttendanceStatus s) => byStatus.GetValueOrDefault(s);
        return new AttendanceRate(
            Of(AttendanceStatus.Present), Of(AttendanceStatus.AbsentWithReason), Of(AttendanceStatus.AbsentWithoutReason),
            Of(AttendanceStatus.Exempt), Of(AttendanceStatus.AwayOnTransfer));
    }
}
