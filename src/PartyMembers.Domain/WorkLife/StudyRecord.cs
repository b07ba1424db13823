using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;

namespace PartyMembers.Domain.WorkLife;

/// A political theory level reached, as typed in.
public sealed record TheoryLevelInput(PoliticalTheoryLevel Level, DateOnly AwardedOn, StudyMode? Mode, string? CertificateNumber, string? Institution);

/// A course attended, as typed in.
public sealed record StudyCourseInput(
    CourseKind Kind, string? Name, DateOnly From, DateOnly? To, string? Institution, string? Result, string? CertificateNumber);

/// A member's study record (HD38 §I.1.4 item 11 and 17; HD06 §4.1): the political theory levels reached, each with its
/// date and certificate, and the courses attended, including the new-member course for members admitted before the
/// system (the admission case records it for the others). Entries are appended, never changed or deleted; the member's
/// current theory level follows the highest level recorded.
public sealed class StudyRecord : IVersioned, INeverDeleted
{
    public const int TextMaxLength = 200;
    public const int NumberMaxLength = LegalBasis.NumberMaxLength;

    private readonly List<TheoryLevelEntry> _levels = [];
    private readonly List<StudyCourse> _courses = [];

    private StudyRecord()
    {
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    public int EntryCount { get; private set; }

    public Guid Version { get; private set; }

    public IReadOnlyList<TheoryLevelEntry> Levels => _levels;

    public IReadOnlyList<StudyCourse> Courses => _courses;

    public static StudyRecord For(Guid memberId) => new() { Id = Ids.New(), MemberId = memberId, Version = Guid.NewGuid() };

    /// Records a level with its certificate. A level above the member's current one becomes the current one.
    public Result RecordTheoryLevel(TheoryLevelInput input, Member member, ChangeStamp stamp)
    {
        var errors = Common(member, stamp).ToList();
        if (!Enum.IsDefined(input.Level) || input.Level == PoliticalTheoryLevel.None)
        {
            errors.Add(new DomainError("Study.LevelRequired", "Level"));
        }

        if (input.Mode is { } mode && !Enum.IsDefined(mode))
        {
            errors.Add(new DomainError("Value.Invalid", "Mode"));
        }

        if (input.AwardedOn > stamp.Today)
        {
            errors.Add(new DomainError("Date.InFuture", "AwardedOn"));
        }
        else if (input.AwardedOn < member.DateOfBirth)
        {
            errors.Add(new DomainError("Study.DateBeforeBirth", "AwardedOn"));
        }

        errors.AddRange(Text(input.Institution, "Institution", TextMaxLength, required: true));
        errors.AddRange(Text(input.CertificateNumber, "CertificateNumber", NumberMaxLength, required: false));
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        if (input.Level > member.PoliticalTheory)
        {
            var raised = member.RaisePoliticalTheory(input.Level, stamp);
            if (!raised.Succeeded)
            {
                return raised;
            }
        }

        EntryCount++;
        _levels.Add(TheoryLevelEntry.Create(Id, EntryCount, input, stamp));
        return Result.Success();
    }

    /// Records a course. Only one new-member course: none here, and none in the member's admission case.
    public Result RecordCourse(StudyCourseInput input, Member member, bool newMemberCourseInAdmissionCase, ChangeStamp stamp)
    {
        var errors = Common(member, stamp).ToList();
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(new DomainError("Value.Invalid", "Kind"));
        }
        else if (input.Kind == CourseKind.NewMemberCourse && (newMemberCourseInAdmissionCase || _courses.Any(c => c.Kind == CourseKind.NewMemberCourse)))
        {
            errors.Add(new DomainError("Study.NewMemberCourseRecorded", "Kind"));
        }

        if (input.From > stamp.Today)
        {
            errors.Add(new DomainError("Date.InFuture", "From"));
        }
        else if (input.From < member.DateOfBirth)
        {
            errors.Add(new DomainError("Study.DateBeforeBirth", "From"));
        }

        if (input.To is { } to && to < input.From)
        {
            errors.Add(new DomainError("Study.EndsBeforeStart", "To"));
        }

        errors.AddRange(Text(input.Name, "Name", TextMaxLength, required: true));
        errors.AddRange(Text(input.Institution, "Institution", TextMaxLength, required: true));
        errors.AddRange(Text(input.Result, "Result", TextMaxLength, required: false));
        errors.AddRange(Text(input.CertificateNumber, "CertificateNumber", NumberMaxLength, required: false));
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        EntryCount++;
        _courses.Add(StudyCourse.Create(Id, EntryCount, input, stamp));
        return Result.Success();
    }

    private IEnumerable<DomainError> Common(Member member, ChangeStamp stamp)
    {
        if (!RoleRules.CanEditMembers(stamp.ActingAs))
        {
            yield return new DomainError("Study.RoleCannotRecord", null, stamp.ActingAs);
        }

        if (member.Id != MemberId)
        {
            yield return new DomainError("Study.WrongMember");
        }

        if (member.IsClosed)
        {
            yield return new DomainError("Member.RecordClosed");
        }
    }

    private static IEnumerable<DomainError> Text(string? text, string field, int max, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                yield return new DomainError("Study.Required", field);
            }
        }
        else if (text.Trim().Length > max)
        {
            yield return new DomainError("Text.TooLong", field, max);
        }
    }
}

/// A political theory level reached (sơ cấp, trung cấp, cao cấp, cử nhân), with its certificate.
public sealed class TheoryLevelEntry : INeverDeleted
{
    private TheoryLevelEntry()
    {
        Institution = string.Empty;
        RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid RecordId { get; private set; }

    public int Sequence { get; private set; }

    public PoliticalTheoryLevel Level { get; private set; }

    public DateOnly AwardedOn { get; private set; }

    public StudyMode? Mode { get; private set; }

    public string? CertificateNumber { get; private set; }

    public string Institution { get; private set; }

    public string RecordedBy { get; private set; }

    public Role RecordedAs { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    internal static TheoryLevelEntry Create(Guid recordId, int sequence, TheoryLevelInput input, ChangeStamp stamp) => new()
    {
        Id = Ids.New(),
        RecordId = recordId,
        Sequence = sequence,
        Level = input.Level,
        AwardedOn = input.AwardedOn,
        Mode = input.Mode,
        CertificateNumber = WorkAssignment.Blank(input.CertificateNumber),
        Institution = input.Institution!.Trim(),
        RecordedBy = stamp.UserName,
        RecordedAs = stamp.ActingAs,
        RecordedAtUtc = stamp.AtUtc,
    };
}

/// A course or training attended.
public sealed class StudyCourse : INeverDeleted
{
    private StudyCourse()
    {
        Name = string.Empty;
        Institution = string.Empty;
        RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid RecordId { get; private set; }

    public int Sequence { get; private set; }

    public CourseKind Kind { get; private set; }

    public string Name { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    public string Institution { get; private set; }

    public string? Result { get; private set; }

    public string? CertificateNumber { get; private set; }

    public string RecordedBy { get; private set; }

    public Role RecordedAs { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    internal static StudyCourse Create(Guid recordId, int sequence, StudyCourseInput input, ChangeStamp stamp) => new()
    {
        Id = Ids.New(),
        RecordId = recordId,
        Sequence = sequence,
        Kind = input.Kind,
        Name = input.Name!.Trim(),
        From = input.From,
        To = input.To,
        Institution = input.Institution!.Trim(),
        Result = WorkAssignment.Blank(input.Result),
        CertificateNumber = WorkAssignment.Blank(input.CertificateNumber),
        RecordedBy = stamp.UserName,
        RecordedAs = stamp.ActingAs,
        RecordedAtUtc = stamp.AtUtc,
    };
}
