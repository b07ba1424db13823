using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Calendar;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Domain.Transfers;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Transfers;

/// A member of cell A and a transfer case of a kind brought to a stage through the case's own methods, on the
/// statutory calendar with the catalogue's rules. Cell B is another cell of the same upper committee.
public sealed class TransferScenario
{
    public static readonly TransferDeadlines Deadlines = new(RuleBooks.Defaults(), WorkingDayCalendar.StatutoryOnly);

    public static readonly Guid CellA = Guid.NewGuid();

    public static readonly Guid CellB = Guid.NewGuid();

    /// The day the case is requested (a Monday); later steps take a working day each.
    public static readonly DateOnly Start = new(2026, 3, 2);

    private TransferScenario(Member member, TransferCase transfer)
    {
        Member = member;
        Case = transfer;
    }

    public Member Member { get; }

    public TransferCase Case { get; }

    /// The day of the next step.
    public DateOnly Day { get; private set; } = Start;

    public static ChangeStamp As(Role role, DateOnly today) => TestStamps.As(role, today);

    public static Member NewMember(Guid? unit = null, string name = "Nguyễn Văn An") =>
        new MemberBuilder().Named(name).InUnit(unit ?? CellA, UnitType.Cell).On(new DateOnly(2026, 1, 5)).Build();

    public static TransferRequest RequestOf(TransferKind kind, DateOnly on) => new()
    {
        Kind = kind,
        Reason = kind == TransferKind.Temporary ? TransferReason.Study : TransferReason.JobChange,
        RequestedOn = on,
        CausingDecision = kind == TransferKind.Temporary ? null : new LegalBasis("125-QĐ/UBND", on.AddDays(-10), "UBND tỉnh Hà Tĩnh"),
        CausedOn = kind == TransferKind.Temporary ? null : on.AddDays(-7),
        ToUnitId = kind == TransferKind.Internal ? CellB : null,
        Destination = kind == TransferKind.Internal ? null : "Đảng bộ Sở Y tế tỉnh Nghệ An",
        CellComment = "Đồng chí hoàn thành tốt nhiệm vụ, đã đóng đảng phí đầy đủ.",
        PeriodFrom = kind == TransferKind.Temporary ? on : null,
        PeriodTo = kind == TransferKind.Temporary ? on.AddMonths(6) : null,
        Study = kind == TransferKind.Temporary,
    };

    public static TransferLetter LetterOf(TransferKind kind, DateOnly on, string number = "15-GGT/BTC") => new(
        Guid.Empty, "Đảng ủy các cơ quan Đảng tỉnh", number, on, "Phan Thị Thu Hương", new DateOnly(on.Year, on.Month, 1).AddMonths(-1),
        "Hồ sơ đảng viên; phiếu đảng viên", kind == TransferKind.OfficialOut ? "Đảng ủy Khối Sở Y tế" : null,
        kind == TransferKind.OfficialOut ? "Đảng bộ Bệnh viện tỉnh Nghệ An" : null);

    public static IncomingNotice NoticeOf(DateOnly receivedOn) => new(
        "Lê Thị Hoa", Sex.Female, new DateOnly(1988, 2, 3), "Đảng ủy Khối cơ quan tỉnh Nghệ An", "27-PB/BTC", receivedOn.AddDays(-3), receivedOn, CellB);

    /// A case of <paramref name="kind"/> brought to <paramref name="stage"/>.
    public static TransferScenario At(TransferKind kind, TransferStage stage)
    {
        if (kind == TransferKind.Incoming)
        {
            var notice = ErrorAssert.Succeeded(TransferCase.RecordNotice(NoticeOf(Start), UnitType.Cell, Deadlines, As(Role.OrganisationBoard, Start)));
            var incoming = new TransferScenario(NewMember(CellB, "Người khác"), notice);
            incoming.Walk(stage);
            return incoming;
        }

        var member = NewMember();
        var created = ErrorAssert.Succeeded(TransferCase.Request(member, RequestOf(kind, Start), UnitType.Cell, holdOpen: false, Deadlines,
            As(Role.CellSecretary, Start)));
        var s = new TransferScenario(member, created);
        s.Walk(stage);
        return s;
    }

    public DateOnly Next()
    {
        Day = WorkingDayCalendar.StatutoryOnly.AddWorkingDays(Day, 1);
        return Day;
    }

    private void Walk(TransferStage stage)
    {
        var path = (Case.Kind, stage) switch
        {
            (_, TransferStage.Requested) or (_, TransferStage.NoticeReceived) => [],
            (_, TransferStage.Commented) => new[] { TransferTrigger.Comment },
            (TransferKind.Temporary, TransferStage.Away) => [TransferTrigger.IssueLetter],
            (TransferKind.Temporary, TransferStage.Returned) => [TransferTrigger.IssueLetter, TransferTrigger.Return],
            (_, TransferStage.LetterIssued) => [TransferTrigger.Comment, TransferTrigger.IssueLetter],
            (TransferKind.OfficialOut, TransferStage.Completed) => [TransferTrigger.Comment, TransferTrigger.IssueLetter, TransferTrigger.ConfirmArrival],
            (TransferKind.Internal, TransferStage.Completed) => [TransferTrigger.Comment, TransferTrigger.IssueLetter, TransferTrigger.Accept],
            (TransferKind.Incoming, TransferStage.FlaggedForRemoval) => [TransferTrigger.FlagNonArrival],
            (TransferKind.Incoming, TransferStage.Completed) => [TransferTrigger.Accept],
            (_, TransferStage.Cancelled) => [TransferTrigger.Cancel],
            _ => throw new InvalidOperationException($"No path to {stage} for {Case.Kind}"),
        };
        foreach (var trigger in path)
        {
            ErrorAssert.Succeeded(Fire(trigger, Case.Transition(trigger)!.Roles.First()));
        }
    }

    /// Fires a trigger as a role, on the next working day (the non-arrival flag: the day after the 3 months).
    public Result Fire(TransferTrigger trigger, Role role)
    {
        var day = trigger == TransferTrigger.FlagNonArrival ? Deadlines.NonArrivalLimit(Start).AddDays(1) : Next();
        Day = day;
        var stamp = As(role, day);
        return trigger switch
        {
            TransferTrigger.Comment => Case.Comment(day, "Đảng ủy cơ sở nhất trí.", stamp),
            TransferTrigger.IssueLetter => Case.IssueLetter(Member, LetterOf(Case.Kind, day), holdOpen: false, Deadlines, stamp),
            TransferTrigger.ConfirmArrival => Case.ConfirmArrival(Member, day, "Đã nhận phiếu báo đến.", stamp),
            TransferTrigger.Accept when Case.Kind == TransferKind.Incoming => ToResult(Case.AcceptIncoming(
                new MemberBuilder().Named("Lê Thị Hoa").BuildDetails(), new MemberBuilder().BuildRecord(), UnitType.Cell, day, stamp)),
            TransferTrigger.Accept => Case.Accept(Member, UnitType.Cell, day, null, stamp),
            TransferTrigger.Extend => Case.Extend(day, (Case.PeriodTo ?? day).AddMonths(3), "Gia hạn học tập", Deadlines, stamp),
            TransferTrigger.Return => Case.Return(Member, day, null, stamp),
            TransferTrigger.FlagNonArrival => Case.FlagNonArrival(Deadlines, stamp),
            TransferTrigger.Cancel => Case.Cancel(Case.Kind == TransferKind.Incoming ? null : Member, day, "Thay đổi quyết định điều động.", stamp),
            _ => throw new ArgumentOutOfRangeException(nameof(trigger)),
        };
    }

    private static Result ToResult<T>(Result<T> result)
        where T : class => result.Succeeded ? Result.Success() : Result.Fail(result.Errors);
}
