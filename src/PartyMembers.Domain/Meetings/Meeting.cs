using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;

namespace PartyMembers.Domain.Meetings;

/// A meeting of a cell (regular, thematic, both, extraordinary, resolution study) or a resolution study session of a
/// whole grassroots organisation, with its roll-call, documents and history. Never deleted: a meeting entered by
/// mistake is cancelled with a reason; every change keeps who, when, what and why in <see cref="History"/>.
public sealed class Meeting : IVersioned, INeverDeleted
{
    public const int NameMaxLength = 100;
    public const int StudiedDocumentMaxLength = 300;
    public const int TextMaxLength = 4000;
    public const int MaxDurationMinutes = 720;

    private readonly List<MeetingAttendance> _attendance = [];
    private readonly List<MeetingDocument> _documents = [];
    private readonly List<MeetingChange> _history = [];

    private Meeting()
    {
        Chair = string.Empty;
        MinuteTaker = string.Empty;
        RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public MeetingKind Kind { get; private set; }

    public DateOnly Date { get; private set; }

    public int DurationMinutes { get; private set; }

    public string Chair { get; private set; }

    public string MinuteTaker { get; private set; }

    /// The resolution or document studied (study sessions only).
    public string? StudiedDocument { get; private set; }

    public string? Content { get; private set; }

    public string? Resolutions { get; private set; }

    public bool AttendanceRecorded { get; private set; }

    public bool IsCancelled { get; private set; }

    public string? CancelReason { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public string RecordedBy { get; private set; }

    /// Changes made so far; every change moves it on, so the row (and its version) changes with any part.
    public int ChangeCount { get; private set; }

    public Guid Version { get; private set; }

    public IReadOnlyList<MeetingAttendance> Attendance => _attendance;

    public IReadOnlyList<MeetingDocument> Documents => _documents;

    public IReadOnlyList<MeetingChange> History => _history;

    public static Result<Meeting> Record(MeetingInput input, OrganisationUnit unit, ChangeStamp stamp)
    {
        var i = input.Normalised();
        var errors = Validate(i, stamp.Today).ToList();
        if (!MeetingRules.UnitHolds(unit.Type, i.Kind))
        {
            errors.Add(new DomainError("Meeting.KindNotForUnit", nameof(MeetingInput.Kind)));
        }

        if (!unit.IsActiveOn(i.Date))
        {
            errors.Add(new DomainError("Meeting.UnitNotActiveOnDate", nameof(MeetingInput.Date)));
        }

        if (!MeetingRules.MayRecord(stamp.ActingAs, unit.Type))
        {
            errors.Add(new DomainError("Meeting.RoleCannotRecord"));
        }

        if (errors.Count > 0)
        {
            return Result<Meeting>.Fail(errors);
        }

        var meeting = new Meeting
        {
            Id = Ids.New(),
            UnitId = unit.Id,
            RecordedAtUtc = stamp.AtUtc,
            RecordedBy = stamp.UserName,
            Version = Guid.NewGuid(),
        };
        meeting.Apply(i);
        meeting.Log(MeetingChangeKind.Recorded, i.Kind.ToString(), null, stamp);
        return Result<Meeting>.Ok(meeting);
    }

    /// Corrects what was recorded, with the reason; the fields that changed go to the history.
    public Result Edit(MeetingInput input, string? reason, OrganisationUnit unit, ChangeStamp stamp)
    {
        var i = input.Normalised();
        var why = MeetingInput.Clean(reason);
        var errors = Validate(i, stamp.Today).Concat(CheckOpen()).Concat(CheckReason(why, "Reason")).ToList();
        if (!MeetingRules.UnitHolds(unit.Type, i.Kind))
        {
            errors.Add(new DomainError("Meeting.KindNotForUnit", nameof(MeetingInput.Kind)));
        }

        if (!unit.IsActiveOn(i.Date))
        {
            errors.Add(new DomainError("Meeting.UnitNotActiveOnDate", nameof(MeetingInput.Date)));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        var changed = Changed(i);
        if (changed.Count == 0)
        {
            return Result.Fail("Meeting.NothingChanged");
        }

        Apply(i);
        Log(MeetingChangeKind.Edited, string.Join(';', changed), why, stamp);
        return Result.Success();
    }

    /// Records or corrects the roll-call. Every line must be a member on <paramref name="roster"/> (the unit's
    /// members and guests on the meeting's date); "absent with reason" needs the reason; a correction of a roll-call
    /// already recorded needs its own reason. Nothing changes when any line is refused.
    public Result RecordAttendance(IReadOnlyList<AttendanceEntry> entries, IReadOnlyList<RosterMember> roster, string? correctionReason, ChangeStamp stamp)
    {
        var why = MeetingInput.Clean(correctionReason);
        var errors = CheckOpen().ToList();
        if (entries.Count == 0)
        {
            errors.Add(new DomainError("Meeting.Attendance.Empty"));
        }

        if (AttendanceRecorded)
        {
            errors.AddRange(CheckReason(why, "CorrectionReason"));
        }

        var byId = roster.ToDictionary(r => r.MemberId);
        var seen = new HashSet<Guid>();
        for (var n = 0; n < entries.Count; n++)
        {
            var entry = entries[n];
            var prefix = $"Entries[{n}].";
            if (!byId.TryGetValue(entry.MemberId, out var member))
            {
                errors.Add(new DomainError("Meeting.Attendance.NotOnRoster", prefix + nameof(AttendanceEntry.MemberId)));
                continue;
            }

            if (!seen.Add(entry.MemberId))
            {
                errors.Add(new DomainError("Meeting.Attendance.Duplicate", prefix + nameof(AttendanceEntry.MemberId)));
            }

            if (!Enum.IsDefined(entry.Status) || !member.Allows(entry.Status))
            {
                errors.Add(new DomainError("Meeting.Attendance.StatusNotAllowed", prefix + nameof(AttendanceEntry.Status)));
            }

            var reason = MeetingInput.Clean(entry.Reason);
            if (entry.Status == AttendanceStatus.AbsentWithReason && reason is null)
            {
                errors.Add(new DomainError("Meeting.Attendance.ReasonRequired", prefix + nameof(AttendanceEntry.Reason)));
            }
            else if (reason is { Length: > MeetingAttendance.ReasonMaxLength })
            {
                errors.Add(new DomainError("Text.TooLong", prefix + nameof(AttendanceEntry.Reason), MeetingAttendance.ReasonMaxLength));
            }
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        foreach (var entry in entries)
        {
            var line = _attendance.FirstOrDefault(a => a.MemberId == entry.MemberId);
            if (line is null)
            {
                line = MeetingAttendance.Create(Id, byId[entry.MemberId]);
                _attendance.Add(line);
            }

            line.Set(entry.Status, MeetingInput.Clean(entry.Reason));
        }

        AttendanceRecorded = true;
        var counts = Enum.GetValues<AttendanceStatus>()
            .Select(s => $"{s}={_attendance.Count(a => a.Status == s)}");
        Log(MeetingChangeKind.AttendanceRecorded, string.Join(';', counts), why, stamp);
        return Result.Success();
    }

    public Result<MeetingDocument> AddDocument(string? title, Admission.StoredFileInfo file, ChangeStamp stamp)
    {
        var t = MeetingInput.Clean(title);
        var errors = CheckOpen().ToList();
        if (t is null)
        {
            errors.Add(new DomainError("Meeting.DocumentTitleRequired", "Title"));
        }
        else if (t.Length > MeetingDocument.TitleMaxLength)
        {
            errors.Add(new DomainError("Text.TooLong", "Title", MeetingDocument.TitleMaxLength));
        }

        if (errors.Count > 0)
        {
            return Result<MeetingDocument>.Fail(errors);
        }

        var document = MeetingDocument.Create(Id, t!, file, stamp);
        _documents.Add(document);
        Log(MeetingChangeKind.DocumentAdded, document.FileName, null, stamp);
        return Result<MeetingDocument>.Ok(document);
    }

    /// Cancels a meeting entered by mistake: it stays on record, but no longer counts for the monthly and quarterly
    /// checks or the attendance rates.
    public Result Cancel(string? reason, ChangeStamp stamp)
    {
        var why = MeetingInput.Clean(reason);
        var errors = CheckOpen().Concat(CheckReason(why, "Reason")).ToList();
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        IsCancelled = true;
        CancelReason = why;
        Log(MeetingChangeKind.Cancelled, string.Empty, why, stamp);
        return Result.Success();
    }

    private static IEnumerable<DomainError> Validate(MeetingInput i, DateOnly today)
    {
        if (!Enum.IsDefined(i.Kind))
        {
            yield return new DomainError("Meeting.KindRequired", nameof(MeetingInput.Kind));
        }

        if (i.Date > today)
        {
            yield return new DomainError("Date.InFuture", nameof(MeetingInput.Date));
        }

        if (i.DurationMinutes is < 1 or > MaxDurationMinutes)
        {
            yield return new DomainError("Meeting.DurationOutOfRange", nameof(MeetingInput.DurationMinutes), MaxDurationMinutes);
        }

        foreach (var error in Required(i.Chair, nameof(MeetingInput.Chair), NameMaxLength, "Meeting.ChairRequired")
                     .Concat(Required(i.MinuteTaker, nameof(MeetingInput.MinuteTaker), NameMaxLength, "Meeting.MinuteTakerRequired"))
                     .Concat(MaxLength(i.Content, nameof(MeetingInput.Content), TextMaxLength))
                     .Concat(MaxLength(i.Resolutions, nameof(MeetingInput.Resolutions), TextMaxLength)))
        {
            yield return error;
        }

        if (i.Kind == MeetingKind.ResolutionStudy)
        {
            foreach (var error in Required(i.StudiedDocument, nameof(MeetingInput.StudiedDocument), StudiedDocumentMaxLength, "Meeting.StudiedDocumentRequired"))
            {
                yield return error;
            }
        }
    }

    private static IEnumerable<DomainError> Required(string? text, string field, int max, string code)
    {
        if (text is null)
        {
            yield return new DomainError(code, field);
        }

        foreach (var error in MaxLength(text, field, max))
        {
            yield return error;
        }
    }

    private static IEnumerable<DomainError> MaxLength(string? text, string field, int max)
    {
        if (text is not null && text.Length > max)
        {
            yield return new DomainError("Text.TooLong", field, max);
        }
    }

    private static IEnumerable<DomainError> CheckReason(string? reason, string field) =>
        reason is null ? [new DomainError("Meeting.ReasonRequired", field)]
        : MaxLength(reason, field, MeetingChange.ReasonMaxLength);

    private IEnumerable<DomainError> CheckOpen()
    {
        if (IsCancelled)
        {
            yield return new DomainError("Meeting.Cancelled");
        }
    }

    private List<string> Changed(MeetingInput i)
    {
        var changed = new List<string>();
        void Check(bool differs, string name)
        {
            if (differs)
            {
                changed.Add(name);
            }
        }

        Check(i.Kind != Kind, nameof(Kind));
        Check(i.Date != Date, nameof(Date));
        Check(i.DurationMinutes != DurationMinutes, nameof(DurationMinutes));
        Check(i.Chair != Chair, nameof(Chair));
        Check(i.MinuteTaker != MinuteTaker, nameof(MinuteTaker));
        Check(i.StudiedDocument != StudiedDocument, nameof(StudiedDocument));
        Check(i.Content != Content, nameof(Content));
        Check(i.Resolutions != Resolutions, nameof(Resolutions));
        return changed;
    }

    private void Apply(MeetingInput i)
    {
        Kind = i.Kind;
        Date = i.Date;
        DurationMinutes = i.DurationMinutes;
        Chair = i.Chair!;
        MinuteTaker = i.MinuteTaker!;
        StudiedDocument = i.StudiedDocument;
        Content = i.Content;
        Resolutions = i.Resolutions;
    }

    private void Log(MeetingChangeKind kind, string summary, string? reason, ChangeStamp stamp)
    {
        _history.Add(MeetingChange.Create(Id, kind, summary, reason, stamp));
        ChangeCount++;
    }
}
