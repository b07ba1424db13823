using System.Globalization;
using System.Text;
using PartyMembers.Domain.Admission;
using PartyMembers.Web.Features.Documents;

namespace PartyMembers.Web.Features.Admission;

/// The decision to admit a person, or to recognise a probationary member as official, in the usual form (Hướng dẫn
/// 38-HD/BTCTW, forms 12-KNĐ and 23-KNĐ). The text is always Vietnamese; it carries no personal ID number.
public static class DecisionDocument
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static PartyDocument Build(AdmissionCase c, CaseDecision decision, string cellName, DateOnly? officialFrom)
    {
        var recognition = decision.Phase == AdmissionPhase.Recognition;
        var removal = recognition && c.RecognitionProposal == RecognitionProposal.RemoveFromList;
        // The issuing body is the committee of the party organisation ("Đảng bộ X" issues as "Đảng ủy X"), and within
        // it the standing committee when that is who voted.
        var unit = decision.IssuerName.ToUpper(Vietnamese);
        var committee = unit.StartsWith("ĐẢNG BỘ ", StringComparison.Ordinal) ? "ĐẢNG ỦY " + unit["ĐẢNG BỘ ".Length..] : unit;
        var standing = c.Votes.Any(v => v.Phase == decision.Phase && v.Passed && v.Level == VoteLevel.StandingCommittee);
        var issuer = standing ? "BAN THƯỜNG VỤ " + committee : committee;
        var person = $"đồng chí {c.FullName}, sinh ngày {Date(c.DateOfBirth)}"
            + (string.IsNullOrWhiteSpace(c.Occupation) ? string.Empty : $", nghề nghiệp: {c.Occupation}")
            + (string.IsNullOrWhiteSpace(c.Residence) ? string.Empty : $", nơi cư trú: {c.Residence}");
        var body = new List<DocumentParagraph>
        {
            new(issuer, Bold: true, Alignment: ParagraphAlignment.Centre),
            new("- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;", FirstLineIndent: true),
            new("- Căn cứ Quy định 294-QĐ/TW của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng;", FirstLineIndent: true),
            new(recognition
                ? $"- Xét đề nghị của {cellName} về việc {(removal ? "xóa tên" : "công nhận đảng viên chính thức cho")} đảng viên dự bị {c.FullName},"
                : $"- Xét đề nghị của {cellName} và ý kiến thẩm định về việc kết nạp quần chúng {c.FullName} vào Đảng,", FirstLineIndent: true),
            new("QUYẾT ĐỊNH:", Bold: true, Alignment: ParagraphAlignment.Centre),
        };
        if (!recognition)
        {
            body.Add(new($"Điều 1. Kết nạp {person} vào Đảng Cộng sản Việt Nam.", FirstLineIndent: true));
            body.Add(new("Điều 2. Thời gian dự bị của đảng viên là 12 tháng, kể từ ngày chi bộ tổ chức lễ kết nạp; chi bộ tổ chức lễ kết nạp "
                + "theo đúng quy định và phân công đảng viên chính thức giúp đỡ đảng viên dự bị.", FirstLineIndent: true));
        }
        else if (removal)
        {
            body.Add(new($"Điều 1. Xóa tên {person} trong danh sách đảng viên dự bị.", FirstLineIndent: true));
            body.Add(new("Điều 2. Chi bộ thông báo quyết định này đến đồng chí nêu tại Điều 1 và làm thủ tục theo quy định.", FirstLineIndent: true));
        }
        else
        {
            var from = officialFrom is { } date ? Date(date) : string.Empty;
            body.Add(new($"Điều 1. Công nhận {person} là đảng viên chính thức kể từ ngày {from}.", FirstLineIndent: true));
            body.Add(new("Điều 2. Chi bộ ghi nhận, bổ sung hồ sơ đảng viên và quản lý đảng viên theo quy định.", FirstLineIndent: true));
        }

        body.Add(new($"Điều 3. {cellName}, các cơ quan liên quan và đồng chí {c.FullName} chịu trách nhiệm thi hành quyết định này.", FirstLineIndent: true));
        return new PartyDocument
        {
            IssuerParent = standing ? committee : string.Empty,
            Issuer = standing ? "BAN THƯỜNG VỤ" : committee,
            Number = "Số " + decision.Number,
            PlaceAndDate = $"ngày {decision.Date.Day:00} tháng {decision.Date.Month:00} năm {decision.Date.Year}",
            Title = "QUYẾT ĐỊNH",
            Subtitle = recognition
                ? removal ? "về việc xóa tên đảng viên dự bị" : "về việc công nhận đảng viên chính thức"
                : "về việc kết nạp đảng viên",
            Body = body,
            Recipients = ["- Như Điều 3,", "- Lưu hồ sơ đảng viên."],
            SignatureBlock = [standing ? "T/M BAN THƯỜNG VỤ" : "T/M ĐẢNG ỦY", string.Empty, decision.Signer],
        };
    }

    /// A file name of plain letters, digits and dashes: "quyet-dinh-ket-nap-12-qd-du.docx".
    public static string FileName(CaseDecision decision)
    {
        var kind = decision.Phase == AdmissionPhase.Recognition ? "quyet-dinh-cong-nhan" : "quyet-dinh-ket-nap";
        return $"{kind}-{Slug(decision.Number)}.docx";
    }

    private static string Slug(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder();
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(ch))
            {
                slug.Append(char.ToLowerInvariant(ch));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
