using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;
using static PartyMembers.Web.Tests.Authorization.AuthorizationMatrix;

namespace PartyMembers.Web.Tests.Authorization;

/// Matrix rows of the meeting pages (docs/security.md). A meeting is read by the member readers whose assignments
/// cover its unit, and changed only by the secretary of that very unit: asked about a meeting of the Tổng hợp cell,
/// of another cell below the same grassroots committee, outside it, the grassroots organisation's study session and
/// an unknown meeting. Empty forms change nothing.
public static class MeetingsMatrix
{
    private static readonly string[] HanhChinhReaders = AdmissionMatrix.HanhChinhReaders;

    private static readonly string[] OutsideReaders = AdmissionMatrix.OutsideReaders;

    /// The secretaries who record meetings of some unit: the cell secretaries and the Văn phòng grassroots secretary.
    private static readonly string[] Recorders =
        [DemoAccounts.GrassrootsVanPhong, DemoAccounts.CellTongHop, DemoAccounts.CellToChuc, DemoAccounts.CellBaoChi];

    public static IEnumerable<MatrixRow> Rows()
    {
        var cases = new (string Case, Func<MatrixData, Guid> Meeting, string[] Readers, string[] Changers)[]
        {
            ("meeting of own cell", d => MeetingsMatrixData.Of(d).TongHopMeeting, AdmissionMatrix.TongHopReaders, [DemoAccounts.CellTongHop]),
            ("meeting of another cell below the grassroots committee", d => MeetingsMatrixData.Of(d).HanhChinhMeeting, HanhChinhReaders, [DemoAccounts.GrassrootsVanPhong]),
            ("meeting outside", d => MeetingsMatrixData.Of(d).OutsideMeeting, OutsideReaders, [DemoAccounts.CellBaoChi]),
            ("study session of the grassroots organisation", d => MeetingsMatrixData.Of(d).StudySession, HanhChinhReaders, [DemoAccounts.GrassrootsVanPhong]),
        };
        var unknown = AdmissionMatrix.Unknown;
        foreach (var (name, meeting, readers, changers) in cases)
        {
            yield return new("/Meetings/Details", "GET", null, name, d => $"/Meetings/Details/{meeting(d)}", Only(readers));

            // Without a file id there is nothing to download: 404 for those who may read the meeting.
            var noFile = Users.ToDictionary(u => u, u => u == Anonymous ? Expect.Login : readers.Contains(u) ? Expect.NotFound : Expect.Forbid);
            yield return new("/Meetings/File", "GET", null, name + ", no such file", d => $"/Meetings/File/{meeting(d)}?file={Guid.NewGuid()}", noFile);
            foreach (var page in new[] { "Edit", "Attendance", "Document", "Cancel" })
            {
                yield return new("/Meetings/" + page, "GET", null, name, d => $"/Meetings/{page}/{meeting(d)}", Only(changers));
                yield return new("/Meetings/" + page, "POST", null, name + ", empty form", d => $"/Meetings/{page}/{meeting(d)}", Only(changers));
            }
        }

        foreach (var page in new[] { "Details", "File", "Edit", "Attendance", "Document", "Cancel" })
        {
            yield return new("/Meetings/" + page, "GET", null, "unknown meeting", _ => $"/Meetings/{page}/{Guid.NewGuid()}", unknown);
            if (page is not ("Details" or "File"))
            {
                yield return new("/Meetings/" + page, "POST", null, "unknown meeting", _ => $"/Meetings/{page}/{Guid.NewGuid()}", unknown);
            }
        }

        yield return new("/Meetings/Create", "GET", null, "form", _ => "/Meetings/Create", Only(Recorders));
        yield return new("/Meetings/Create", "POST", null, "empty form", _ => "/Meetings/Create", Only(Recorders));

        foreach (var (page, path) in new[] { ("/Meetings/Index", "/Meetings"), ("/Meetings/Report", "/Meetings/Report") })
        {
            yield return new(page, "GET", null, "own scope", _ => path, Only(AdmissionMatrix.AllReaders));
            yield return new(page, "GET", null, "unit: Tổng hợp cell", d => $"{path}?unit={d.TongHopCell}", Only(AdmissionMatrix.TongHopReaders));
            yield return new(page, "GET", null, "unit: outside cell", d => $"{path}?unit={d.OutsideCell}",
                Only(DemoAccounts.Board, DemoAccounts.Standing, DemoAccounts.Inspection));
            yield return new(page, "GET", null, "unknown unit", _ => $"{path}?unit={Guid.NewGuid()}", unknown);
        }

        yield return new("/Meetings/MemberRate", "GET", null, "member of own cell", d => $"/Meetings/MemberRate/{d.TongHopMember}", Only(AdmissionMatrix.TongHopReaders));
        yield return new("/Meetings/MemberRate", "GET", null, "member of another cell below the grassroots committee", d => $"/Meetings/MemberRate/{d.HanhChinhMember}", Only(HanhChinhReaders));
        yield return new("/Meetings/MemberRate", "GET", null, "member outside", d => $"/Meetings/MemberRate/{d.OutsideMember}",
            Only(DemoAccounts.Board, DemoAccounts.Standing, DemoAccounts.Inspection));
        yield return new("/Meetings/MemberRate", "GET", null, "unknown member", _ => $"/Meetings/MemberRate/{Guid.NewGuid()}", unknown);
    }
}
