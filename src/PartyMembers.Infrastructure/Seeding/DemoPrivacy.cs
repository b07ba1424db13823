using System.Globalization;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Privacy;

namespace PartyMembers.Infrastructure.Seeding;

/// The lawful basis of every demo member: the Party's rules, proved by the admission papers, under the current notice.
public static class DemoPrivacy
{
    public const string NoticeVersion = "TB-DLCN-2026.1";

    internal static LawfulBasisRecord Basis(Member member, DateOnly today, DateTime nowUtc)
    {
        var stamp = new ChangeStamp(null, DemoDataGenerator.RecordedBy, Role.OrganisationBoard, nowUtc, today);
        var evidence = "Đơn xin vào Đảng, Lý lịch người xin vào Đảng và quyết định kết nạp ngày "
            + member.AdmissionDecisionDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var from = member.AdmissionDecisionDate < LawfulBasisRecord.EarliestDate ? LawfulBasisRecord.EarliestDate : member.AdmissionDecisionDate;
        var result = LawfulBasisRecord.Record(member.Id, LawfulBasisKind.PartyRegulations, evidence, NoticeVersion, from > today ? today : from, null, stamp);
        return result.Value ?? throw new InvalidOperationException(string.Join(", ", result.Errors.Select(e => e.Code)));
    }
}
