using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Privacy;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Privacy;

/// What a lawful basis record refuses, and which record is in force on a day.
public sealed class LawfulBasisRecordTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly ChangeStamp Cell = TestStamps.As(Role.CellSecretary, Today);
    private static readonly Guid Member = Guid.NewGuid();

    private static PartyMembers.Domain.Common.Result<LawfulBasisRecord> Record(
        LawfulBasisKind kind = LawfulBasisKind.PartyRegulations, string? evidence = "Đơn xin vào Đảng", string? notice = "TB-DLCN-2026.1",
        DateOnly? from = null, string? note = null, ChangeStamp? stamp = null) =>
        LawfulBasisRecord.Record(Member, kind, evidence, notice, from ?? Today, note, stamp ?? Cell);

    [Fact]
    public void A_valid_record_keeps_who_when_and_trimmed_text()
    {
        var record = Record(evidence: "  Lý lịch ký ngày 01/02/2010 ", notice: " v1 ", note: "  ").Value!;

        Assert.Equal(Member, record.MemberId);
        Assert.Equal("Lý lịch ký ngày 01/02/2010", record.Evidence);
        Assert.Equal("v1", record.NoticeVersion);
        Assert.Null(record.Note);
        Assert.Equal(Cell.UserId, record.RecordedById);
        Assert.Equal(Cell.UserName, record.RecordedByName);
        Assert.Equal(Cell.AtUtc, record.RecordedAtUtc);
        Assert.NotEqual(Guid.Empty, record.Id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Evidence_is_required(string? evidence) => ErrorAssert.Only(Record(evidence: evidence), "Value.Required", "Evidence");

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void The_notice_version_is_required(string? notice) => ErrorAssert.Only(Record(notice: notice), "Value.Required", "NoticeVersion");

    [Fact]
    public void Texts_are_bounded_at_their_lengths()
    {
        Assert.True(Record(evidence: new string('a', LawfulBasisRecord.EvidenceMaxLength)).Succeeded);
        ErrorAssert.Only(Record(evidence: new string('a', LawfulBasisRecord.EvidenceMaxLength + 1)), "Text.TooLong", "Evidence");
        Assert.True(Record(notice: new string('v', LawfulBasisRecord.NoticeVersionMaxLength)).Succeeded);
        ErrorAssert.Only(Record(notice: new string('v', LawfulBasisRecord.NoticeVersionMaxLength + 1)), "Text.TooLong", "NoticeVersion");
        Assert.True(Record(note: new string('n', LawfulBasisRecord.NoteMaxLength)).Succeeded);
        ErrorAssert.Only(Record(note: new string('n', LawfulBasisRecord.NoteMaxLength + 1)), "Text.TooLong", "Note");
    }

    [Fact]
    public void The_date_is_today_at_the_latest_and_not_before_the_Party_was_founded()
    {
        Assert.True(Record(from: Today).Succeeded);
        ErrorAssert.Only(Record(from: Today.AddDays(1)), "Privacy.BasisInFuture", "EffectiveFrom");
        Assert.True(Record(from: LawfulBasisRecord.EarliestDate).Succeeded);
        ErrorAssert.Only(Record(from: LawfulBasisRecord.EarliestDate.AddDays(-1)), "Privacy.BasisTooEarly", "EffectiveFrom");
    }

    [Fact]
    public void An_undefined_kind_is_refused() => ErrorAssert.Only(Record(kind: (LawfulBasisKind)99), "Value.Invalid", "Kind");

    [Fact]
    public void The_record_in_force_is_the_latest_dated_not_after_the_day_then_the_latest_recorded()
    {
        var admitted = Record(from: new DateOnly(2010, 5, 1)).Value!;
        var consent = Record(LawfulBasisKind.Consent, from: new DateOnly(2026, 1, 1), stamp: TestStamps.As(Role.CellSecretary, Today) with { AtUtc = Cell.AtUtc.AddHours(-2) }).Value!;
        var correction = Record(LawfulBasisKind.LegalObligation, from: new DateOnly(2026, 1, 1)).Value!;
        LawfulBasisRecord[] all = [correction, admitted, consent];

        Assert.Null(LawfulBasisRecord.InForce(all, new DateOnly(2010, 4, 30)));
        Assert.Same(admitted, LawfulBasisRecord.InForce(all, new DateOnly(2010, 5, 1)));
        Assert.Same(admitted, LawfulBasisRecord.InForce(all, new DateOnly(2025, 12, 31)));
        Assert.Same(correction, LawfulBasisRecord.InForce(all, new DateOnly(2026, 1, 1)));
        Assert.Same(correction, LawfulBasisRecord.InForce(all, Today));
    }
}
