namespace PartyMembers.Web.Features.Documents;

/// A party document (decision, notice, report...) in the layout of Hướng dẫn 36-HD/VPTW: the issuer and number on the
/// left of the header, the party's name and the place and date on the right, the title, the body, then the recipients
/// on the left and the signature on the right. It holds text only; DocxWriter and the _PartyDocument partial lay it out.
public sealed class PartyDocument
{
    /// The issuer's superior body, e.g. "ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH"; left out when empty.
    public string IssuerParent { get; init; } = "";

    /// The issuing body, e.g. "BAN THƯỜNG VỤ"; printed bold.
    public string Issuer { get; init; } = "";

    /// The number and symbol, e.g. "Số 123-QĐ/ĐU".
    public string Number { get; init; } = "";

    /// e.g. "Hà Nội, ngày 25 tháng 11 năm 2026"; printed italic.
    public string PlaceAndDate { get; init; } = "";

    /// The document type, e.g. "QUYẾT ĐỊNH".
    public string Title { get; init; } = "";

    /// The summary under the title, e.g. "về việc kết nạp đảng viên"; left out when empty.
    public string Subtitle { get; init; } = "";

    public IReadOnlyList<DocumentParagraph> Body { get; init; } = [];

    /// The lines under "Nơi nhận:", e.g. "- Như Điều 3,".
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// The lines of the signature, e.g. "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "Nguyễn Văn A". An empty line is the space
    /// left for the signature and seal.
    public IReadOnlyList<string> SignatureBlock { get; init; } = [];
}

/// One paragraph of the body. Line breaks in the text become line breaks in the paragraph.
public sealed record DocumentParagraph(
    string Text,
    bool Bold = false,
    bool Italic = false,
    ParagraphAlignment Alignment = ParagraphAlignment.Justify,
    bool FirstLineIndent = false);

public enum ParagraphAlignment
{
    Justify,
    Left,
    Centre,
    Right,
}
