using System.Globalization;
using PartyMembers.Domain.Transfers;
using PartyMembers.Web.Features.Documents;

namespace PartyMembers.Web.Features.Transfers;

/// Which paper of a transfer to print.
public enum TransferPaper
{
    /// The letter (giấy giới thiệu sinh hoạt đảng).
    Letter,

    /// The notice to the receiving upper committee.
    NoticeUpper,

    /// The notice to the receiving grassroots committee.
    NoticeGrassroots,
}

/// The facts the papers print besides the case: the member's numbers and the names of the sending and receiving
/// organisations.
public sealed record TransferPaperFacts(
    string? CardNumber, string? ResumeNumber, DateOnly? AdmissionDate, DateOnly? OfficialDate, string FromCell, string FromGrassroots,
    string UpperCommittee, string? ToCell, string? ToGrassroots);

/// The transfer letter and the two notices in the usual wording (HD38 §II.4; notice form from the rule
/// Forms.TransferNotice). The printed letter of the Central Organisation Commission has numbered boxes; this paper
/// carries the same content box by box, for the issuer to copy or attach. It carries no personal ID number.
public static class TransferDocuments
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// The number of boxes of the letter of each kind (HD38 §II.4).
    public static int Boxes(TransferKind kind) => kind switch
    {
        TransferKind.OfficialOut => 10,
        TransferKind.Internal => 7,
        TransferKind.Temporary => 8,
        _ => 10,
    };

    public static PartyDocument Build(TransferCase c, TransferPaper paper, TransferPaperFacts facts, string noticeForm) =>
        paper == TransferPaper.Letter ? Letter(c, facts) : Notice(c, paper, facts, noticeForm);

    public static string FileName(TransferCase c, TransferPaper paper) => paper switch
    {
        TransferPaper.Letter => $"giay-gioi-thieu-{Slug(c.LetterNumber)}.docx",
        TransferPaper.NoticeUpper => $"phieu-bao-cap-tren-{Slug(c.LetterNumber)}.docx",
        _ => $"phieu-bao-co-so-{Slug(c.LetterNumber)}.docx",
    };

    private static PartyDocument Letter(TransferCase c, TransferPaperFacts f)
    {
        var destination = Destination(c, f);
        var kindText = c.Kind switch
        {
            TransferKind.Temporary => "GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG TẠM THỜI",
            _ => "GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG",
        };
        var body = new List<DocumentParagraph>
        {
            new($"Loại {Boxes(c.Kind)} ô", Italic: true, Alignment: ParagraphAlignment.Centre),
            new($"Kính gửi: {destination}", Bold: true, FirstLineIndent: true),
            new($"Giới thiệu đồng chí: {c.MemberName}, sinh ngày {Date(c.DateOfBirth)}.", FirstLineIndent: true),
            new($"Số thẻ đảng viên: {f.CardNumber ?? "…"}; số lý lịch: {f.ResumeNumber ?? "…"}.", FirstLineIndent: true),
            new($"Ngày vào Đảng: {Date(f.AdmissionDate)}; ngày chính thức: {Date(f.OfficialDate)}.", FirstLineIndent: true),
            new($"Đang sinh hoạt tại {f.FromCell}, {f.FromGrassroots}.", FirstLineIndent: true),
            new($"Được chuyển sinh hoạt đảng {(c.Kind == TransferKind.Temporary ? "tạm thời" : "chính thức")} đến {destination}"
                + (c.Kind == TransferKind.Temporary ? $" từ ngày {Date(c.PeriodFrom)} đến ngày {Date(c.PeriodTo)}." : "."), FirstLineIndent: true),
            new($"Đã đóng đảng phí đến hết tháng {c.FeesPaidTo:MM/yyyy}.", FirstLineIndent: true),
            new($"Kèm theo: {c.AttachedDocuments ?? "hồ sơ đảng viên"}.", FirstLineIndent: true),
        };
        if (c.Kind != TransferKind.Temporary && c.PresentDue is { } due)
        {
            body.Add(new($"Đồng chí có trách nhiệm xuất trình giấy giới thiệu này trong thời hạn 30 ngày làm việc, trước ngày {Date(due)}.", FirstLineIndent: true));
        }

        body.Add(new("Ý kiến các cấp (ô):", Bold: true));
        var n = 1;
        body.Add(new($"Ô {n++}. Chi ủy {f.FromCell}: {c.CellComment}", FirstLineIndent: true));
        if (c.GrassrootsComment is { } comment)
        {
            body.Add(new($"Ô {n++}. {f.FromGrassroots}: {comment}", FirstLineIndent: true));
        }

        body.Add(new($"Ô {n}. {c.LetterIssuerName}: giới thiệu đồng chí đến {destination}.", FirstLineIndent: true));
        return new PartyDocument
        {
            IssuerParent = f.UpperCommittee.ToUpper(Vietnamese),
            Issuer = c.Kind == TransferKind.Temporary ? Upper(f.FromGrassroots) : "BAN TỔ CHỨC",
            Number = "Số " + c.LetterNumber,
            PlaceAndDate = PlaceAndDate(c.LetterDate),
            Title = kindText,
            Body = body,
            Recipients = ["- Như trên,", "- Lưu hồ sơ."],
            SignatureBlock = ["T/M " + (c.Kind == TransferKind.Temporary ? "ĐẢNG ỦY" : "BAN TỔ CHỨC"), string.Empty, c.LetterSigner ?? string.Empty],
        };
    }

    private static PartyDocument Notice(TransferCase c, TransferPaper paper, TransferPaperFacts f, string noticeForm)
    {
        var to = paper == TransferPaper.NoticeUpper
            ? c.ReceivingUpperCommittee ?? f.UpperCommittee
            : c.ReceivingGrassroots ?? f.ToGrassroots ?? Destination(c, f);
        var body = new List<DocumentParagraph>
        {
            new($"Mẫu {noticeForm}", Italic: true, Alignment: ParagraphAlignment.Right),
            new($"Kính gửi: {to}", Bold: true, FirstLineIndent: true),
            new($"{f.UpperCommittee} báo tin: đồng chí {c.MemberName}, sinh ngày {Date(c.DateOfBirth)}, số thẻ đảng viên {f.CardNumber ?? "…"}, "
                + $"đang sinh hoạt tại {f.FromCell}, {f.FromGrassroots},", FirstLineIndent: true),
            new($"đã được giới thiệu chuyển sinh hoạt đảng chính thức đến {Destination(c, f)} theo giấy giới thiệu số {c.LetterNumber} "
                + $"ngày {Date(c.LetterDate)}; đã đóng đảng phí đến hết tháng {c.FeesPaidTo:MM/yyyy}.", FirstLineIndent: true),
            new($"Đề nghị đồng chí theo dõi; quá 3 tháng kể từ ngày nhận phiếu báo mà đảng viên không xuất trình giấy giới thiệu, "
                + "đề nghị báo lại để xem xét xóa tên theo quy định (Hướng dẫn 38-HD/BTCTW, mục II.4.3.1).", FirstLineIndent: true),
        };
        return new PartyDocument
        {
            IssuerParent = f.UpperCommittee.ToUpper(Vietnamese),
            Issuer = "BAN TỔ CHỨC",
            Number = "Số " + c.LetterNumber,
            PlaceAndDate = PlaceAndDate(c.LetterDate),
            Title = "PHIẾU BÁO",
            Subtitle = "chuyển sinh hoạt đảng chính thức",
            Body = body,
            Recipients = ["- Như trên,", "- Lưu."],
            SignatureBlock = ["T/M BAN TỔ CHỨC", string.Empty, c.LetterSigner ?? string.Empty],
        };
    }

    private static string Destination(TransferCase c, TransferPaperFacts f) =>
        f.ToCell is { } cell ? (f.ToGrassroots is { } g && g != cell ? $"{cell}, {g}" : cell)
        : c.ReceivingGrassroots ?? c.Destination ?? string.Empty;

    private static string Upper(string name)
    {
        var unit = name.ToUpper(Vietnamese);
        return unit.StartsWith("ĐẢNG BỘ ", StringComparison.Ordinal) ? "ĐẢNG ỦY " + unit["ĐẢNG BỘ ".Length..] : unit;
    }

    private static string PlaceAndDate(DateOnly? date) =>
        date is { } d ? $"ngày {d.Day:00} tháng {d.Month:00} năm {d.Year}" : string.Empty;

    private static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "…";

    private static string Slug(string? number) => new string(VietnameseTextSlug(number ?? "so").ToArray()).Trim('-');

    private static IEnumerable<char> VietnameseTextSlug(string text)
    {
        var folded = Domain.Common.VietnameseText.Fold(text);
        var previousDash = true;
        foreach (var ch in folded)
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                previousDash = false;
                yield return char.ToLowerInvariant(ch);
            }
            else if (!previousDash)
            {
                previousDash = true;
                yield return '-';
            }
        }
    }
}
