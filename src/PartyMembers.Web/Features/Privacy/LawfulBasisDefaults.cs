using System.Globalization;
using PartyMembers.Domain.Members;
using Microsoft.Extensions.Options;
using PartyMembers.Domain.Privacy;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Web.Features.Privacy;

/// The lawful basis recorded with every member the registry takes in, so that no member is held without one
/// (docs/privacy.md). The evidence is written in Vietnamese whatever the user's language: it is part of the record.
public static class LawfulBasisDefaults
{
    public enum Entry
    {
        /// Registered by hand (an existing member entered into the registry).
        Registered,

        /// Admitted through the admission workflow (ceremony recorded).
        Admitted,

        /// Arrived with a transfer of party activity.
        TransferredIn,
    }

    /// Adds the basis of a member just taken in to <paramref name="db"/> (saved with the member).
    public static void AddFor(PartyMembersDbContext db, IServiceProvider services, Member member, Entry entry, ChangeStamp stamp)
    {
        var options = services.GetRequiredService<IOptions<PrivacyOptions>>().Value;
        db.LawfulBasisRecords.Add(For(member, entry, options.NoticeVersion, stamp));
    }

    public static LawfulBasisRecord For(Member member, Entry entry, string noticeVersion, ChangeStamp stamp)
    {
        var evidence = entry switch
        {
            Entry.Admitted => "Đơn xin vào Đảng, Lý lịch người xin vào Đảng và quyết định kết nạp ngày " + Day(member.AdmissionDecisionDate),
            Entry.TransferredIn => "Hồ sơ đảng viên nhận theo giấy giới thiệu sinh hoạt đảng (Điều lệ Đảng; quyết định kết nạp ngày "
                + Day(member.AdmissionDecisionDate) + ")",
            _ => "Hồ sơ đảng viên theo Điều lệ Đảng (quyết định kết nạp ngày " + Day(member.AdmissionDecisionDate) + ")",
        };
        var effective = stamp.Today < member.AdmissionDecisionDate ? stamp.Today : member.AdmissionDecisionDate;
        if (effective < LawfulBasisRecord.EarliestDate)
        {
            effective = LawfulBasisRecord.EarliestDate;
        }

        var result = LawfulBasisRecord.Record(member.Id, LawfulBasisKind.PartyRegulations, evidence, noticeVersion, effective, null, stamp);
        return result.Value ?? throw new InvalidOperationException(string.Join(", ", result.Errors.Select(e => e.Code)));
    }

    private static string Day(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}

/// The "Privacy" configuration section.
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// The version of the privacy notice given to members now; recorded with each lawful basis.
    public string NoticeVersion { get; set; } = "TB-DLCN-2026.1";

    /// Who answers for personal data protection in this organisation (shown on the privacy pages and in docs/privacy.md).
    public string DataProtectionOwner { get; set; } = "Ban Tổ chức";
}
