using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Meetings;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Meetings;

namespace PartyMembers.Web.Pages.Meetings;

/// The roll-call on one screen, usable on a phone during the meeting: one line per member of the unit and per guest
/// temporarily active there, starting from what their status implies (present; exempt; away on a temporary transfer)
/// or from what was recorded, so the secretary changes only the exceptions. A line for someone not on the roll-call,
/// a status the member cannot have, or an absence "with reason" without the reason is refused beside its line, and
/// nothing is saved.
public sealed class AttendanceModel(MeetingAccess access, PartyMembersDbContext db) : MeetingPageModel(access, db)
{
    [BindProperty]
    public List<EntryInput> Entries { get; set; } = [];

    [BindProperty]
    public string? CorrectionReason { get; set; }

    public Dictionary<Guid, RosterMember> Roster { get; private set; } = [];

    protected override string TitleKey => "Meetings.Attendance.Title";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareGetAsync(id) is { } refused)
        {
            return refused;
        }

        await LoadRosterAsync();
        Entries = DefaultEntries();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PrepareAsync(id, track: true) is { } refused)
        {
            return refused;
        }

        await LoadRosterAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var entries = Entries.Select(e => new AttendanceEntry(e.MemberId, e.Status ?? (AttendanceStatus)(-1), e.Reason)).ToList();
        var result = Meeting.RecordAttendance(entries, Roster.Values.ToList(), CorrectionReason, Stamp());
        return await SaveOrShowAsync(result, "Meetings.Audit.Attendance", prefix: string.Empty);
    }

    /// The display name of a line: the roster's, the recorded one, or "not on the roll-call" for a posted id that is
    /// neither.
    public string NameOf(Guid memberId) =>
        Roster.TryGetValue(memberId, out var r) ? r.Name
        : Meeting.Attendance.FirstOrDefault(a => a.MemberId == memberId)?.MemberName ?? T["Meetings.Attendance.UnknownMember"];

    public bool IsGuest(Guid memberId) => Roster.TryGetValue(memberId, out var r) && r.IsGuest;

    /// The statuses offered for a line: those the member may have.
    public IEnumerable<AttendanceStatus> StatusesFor(Guid memberId) =>
        Roster.TryGetValue(memberId, out var r) ? Enum.GetValues<AttendanceStatus>().Where(r.Allows) : Enum.GetValues<AttendanceStatus>();

    protected override async Task ReloadAsync()
    {
        await LoadRosterAsync();
        Entries = DefaultEntries();
    }

    private async Task LoadRosterAsync() => Roster = (await Access.RosterAsync(Unit)).ToDictionary(r => r.MemberId);

    private List<EntryInput> DefaultEntries()
    {
        var recorded = Meeting.Attendance.ToDictionary(a => a.MemberId);
        return Roster.Values.Select(r => recorded.TryGetValue(r.MemberId, out var line)
                ? new EntryInput { MemberId = r.MemberId, Status = line.Status, Reason = line.Reason }
                : new EntryInput { MemberId = r.MemberId, Status = r.DefaultStatus })
            .ToList();
    }

    public sealed class EntryInput
    {
        public Guid MemberId { get; set; }

        public AttendanceStatus? Status { get; set; }

        public string? Reason { get; set; }
    }
}
