using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PartyMembers.Web.Features.Documents;

namespace PartyMembers.Web.Tests.Documents;

/// The .docx a committee prints must open in Word and follow the official layout (Hướng dẫn 36-HD/VPTW): A4, margins
/// 20/20/30/15 mm, Times New Roman 14 pt, the header and footer tables, and every text exactly as entered.
public sealed partial class DocxWriterTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Types = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static PartyDocument Decision(params DocumentParagraph[] body) => new()
    {
        IssuerParent = "ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH",
        Issuer = "BAN THƯỜNG VỤ",
        Number = "Số 123-QĐ/ĐU",
        PlaceAndDate = "Hà Nội, ngày 25 tháng 11 năm 2026",
        Title = "QUYẾT ĐỊNH",
        Subtitle = "về việc kết nạp đảng viên",
        Body = body.Length > 0
            ? body
            :
            [
                new("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;", FirstLineIndent: true),
                new("QUYẾT ĐỊNH", Bold: true, Alignment: ParagraphAlignment.Centre),
                new("Điều 1. Kết nạp đồng chí Nguyễn Thị Hằng vào Đảng Cộng sản Việt Nam.", FirstLineIndent: true),
                new("(Đã ký)", Italic: true, Alignment: ParagraphAlignment.Right),
            ],
        Recipients = ["- Như Điều 3,", "- Lưu Văn phòng Đảng ủy."],
        SignatureBlock = ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Trần Văn Đức"],
    };

    private static ZipArchive Package(PartyDocument document) => new(new MemoryStream(DocxWriter.ToArray(document)), ZipArchiveMode.Read);

    private static string RawPart(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidOperationException(name + " is missing");
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static XDocument Part(ZipArchive zip, string name) => XDocument.Parse(RawPart(zip, name));

    private static XElement Body(PartyDocument document)
    {
        using var zip = Package(document);
        return Part(zip, "word/document.xml").Root!.Element(W + "body")!;
    }

    private static string Text(XElement paragraph) =>
        string.Concat(paragraph.Descendants().Select(e =>
            e.Name == W + "t" ? e.Value : e.Name == W + "br" ? "\n" : e.Name == W + "tab" ? "\t" : ""));

    /// Every paragraph's text in document order, tables included.
    private static List<string> Paragraphs(XElement body) => body.Descendants(W + "p").Select(Text).ToList();

    private static XElement Paragraph(XElement body, string text) => body.Descendants(W + "p").Single(p => Text(p) == text);

    private static XElement? RunProperty(XElement paragraph, string name) =>
        paragraph.Element(W + "r")?.Element(W + "rPr")?.Element(W + name);

    private static string? Attribute(XElement? element, string name) => element?.Attribute(W + name)?.Value;

    [Fact]
    public void The_package_holds_the_parts_Word_needs_and_each_is_well_formed_XML()
    {
        using var zip = Package(Decision());

        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var part in new[] { "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels" })
        {
            Assert.Contains(part, names);
            Assert.NotNull(Part(zip, part).Root);
        }
    }

    [Fact]
    public void The_content_types_and_relationships_lead_to_the_main_document_and_its_styles()
    {
        using var zip = Package(Decision());

        var types = Part(zip, "[Content_Types].xml").Root!;
        var main = types.Elements(Types + "Override").Single(o => (string?)o.Attribute("PartName") == "/word/document.xml");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", (string?)main.Attribute("ContentType"));
        var styles = types.Elements(Types + "Override").Single(o => (string?)o.Attribute("PartName") == "/word/styles.xml");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", (string?)styles.Attribute("ContentType"));
        Assert.Contains(types.Elements(Types + "Default"),
            d => (string?)d.Attribute("Extension") == "rels" && (string?)d.Attribute("ContentType") == "application/vnd.openxmlformats-package.relationships+xml");

        var office = Part(zip, "_rels/.rels").Root!.Elements(Relationships + "Relationship").Single();
        Assert.Equal("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", (string?)office.Attribute("Type"));
        Assert.Equal("word/document.xml", (string?)office.Attribute("Target"));

        var styleLink = Part(zip, "word/_rels/document.xml.rels").Root!.Elements(Relationships + "Relationship").Single();
        Assert.EndsWith("/styles", (string?)styleLink.Attribute("Type"), StringComparison.Ordinal);
        Assert.NotNull(zip.GetEntry("word/" + (string?)styleLink.Attribute("Target")));
    }

    [Fact]
    public void The_Vietnamese_texts_appear_exactly_and_in_the_official_order()
    {
        var paragraphs = Paragraphs(Body(Decision()));

        string[] expected =
        [
            "ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH", "BAN THƯỜNG VỤ", "*", "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Số 123-QĐ/ĐU", "Hà Nội, ngày 25 tháng 11 năm 2026",
            "QUYẾT ĐỊNH", "về việc kết nạp đảng viên",
            "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;", "QUYẾT ĐỊNH",
            "Điều 1. Kết nạp đồng chí Nguyễn Thị Hằng vào Đảng Cộng sản Việt Nam.", "(Đã ký)",
            "Nơi nhận:", "- Như Điều 3,", "- Lưu Văn phòng Đảng ủy.",
            "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Trần Văn Đức",
        ];
        Assert.Equal(expected, paragraphs.Where(p => p.Length > 0));
    }

    [Fact]
    public void The_header_and_footer_are_borderless_two_column_tables_across_the_text_width()
    {
        var body = Body(Decision());

        var tables = body.Elements(W + "tbl").ToList();
        Assert.Equal(2, tables.Count);
        foreach (var table in tables)
        {
            var columns = table.Element(W + "tblGrid")!.Elements(W + "gridCol").Select(c => int.Parse(Attribute(c, "w")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(2, columns.Count);
            // 210 mm less 30 mm and 15 mm of margins: 11906 - 1701 - 850 twips.
            Assert.Equal(9355, columns.Sum());
            var borders = table.Element(W + "tblPr")!.Element(W + "tblBorders")!.Elements().ToList();
            Assert.Equal(6, borders.Count);
            Assert.All(borders, b => Assert.Equal("nil", Attribute(b, "val")));
            Assert.All(table.Elements(W + "tr"), row => Assert.Equal(2, row.Elements(W + "tc").Count()));
        }

        // The header: issuer, party name, then number and date level with each other in a second row.
        var header = tables[0].Elements(W + "tr").ToList();
        Assert.Equal(["ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH", "BAN THƯỜNG VỤ", "*"], header[0].Elements(W + "tc").First().Elements(W + "p").Select(Text));
        Assert.Equal(["Số 123-QĐ/ĐU"], header[1].Elements(W + "tc").First().Elements(W + "p").Select(Text));
        Assert.Equal(["Hà Nội, ngày 25 tháng 11 năm 2026"], header[1].Elements(W + "tc").Last().Elements(W + "p").Select(Text));
        Assert.All(tables[0].Descendants(W + "p"), p => Assert.Equal("center", Attribute(p.Element(W + "pPr")!.Element(W + "jc"), "val")));

        // The footer: recipients left, signature right.
        var footer = tables[1].Elements(W + "tr").Single().Elements(W + "tc").ToList();
        Assert.Equal("Nơi nhận:", Text(footer[0].Elements(W + "p").First()));
        Assert.Contains("Trần Văn Đức", footer[1].Elements(W + "p").Select(Text));
    }

    [Fact]
    public void Each_line_has_the_type_face_the_guide_sets()
    {
        var body = Body(Decision());

        Assert.Null(RunProperty(Paragraph(body, "ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH"), "b"));
        Assert.NotNull(RunProperty(Paragraph(body, "BAN THƯỜNG VỤ"), "b"));

        var party = Paragraph(body, "ĐẢNG CỘNG SẢN VIỆT NAM");
        Assert.NotNull(RunProperty(party, "b"));
        Assert.Equal("single", Attribute(RunProperty(party, "u"), "val"));
        Assert.Equal("30", Attribute(RunProperty(party, "sz"), "val"));

        Assert.NotNull(RunProperty(Paragraph(body, "Hà Nội, ngày 25 tháng 11 năm 2026"), "i"));

        var title = body.Elements(W + "p").First(p => Text(p) == "QUYẾT ĐỊNH");
        Assert.NotNull(RunProperty(title, "b"));
        Assert.Equal("center", Attribute(title.Element(W + "pPr")!.Element(W + "jc"), "val"));
        var titleSize = int.Parse(Attribute(RunProperty(title, "sz"), "val")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(titleSize, 30, 32);

        var subtitle = Paragraph(body, "về việc kết nạp đảng viên");
        Assert.NotNull(RunProperty(subtitle, "b"));
        Assert.Equal("center", Attribute(subtitle.Element(W + "pPr")!.Element(W + "jc"), "val"));

        var heading = Paragraph(body, "Nơi nhận:");
        Assert.NotNull(RunProperty(heading, "b"));
        Assert.NotNull(RunProperty(heading, "i"));
        Assert.Equal("single", Attribute(RunProperty(heading, "u"), "val"));
        Assert.Equal("24", Attribute(RunProperty(heading, "sz"), "val"));
        Assert.Equal("24", Attribute(RunProperty(Paragraph(body, "- Như Điều 3,"), "sz"), "val"));
        Assert.Null(RunProperty(Paragraph(body, "- Như Điều 3,"), "b"));

        foreach (var line in new[] { "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Trần Văn Đức" })
        {
            var paragraph = Paragraph(body, line);
            Assert.NotNull(RunProperty(paragraph, "b"));
            Assert.Equal("center", Attribute(paragraph.Element(W + "pPr")!.Element(W + "jc"), "val"));
        }
    }

    [Fact]
    public void Body_paragraphs_keep_their_alignment_indent_and_emphasis()
    {
        var body = Body(Decision());

        var first = Paragraph(body, "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;");
        Assert.Equal("both", Attribute(first.Element(W + "pPr")!.Element(W + "jc"), "val"));
        // One default tab, 12.7 mm.
        Assert.Equal("720", Attribute(first.Element(W + "pPr")!.Element(W + "ind"), "firstLine"));
        Assert.Null(RunProperty(first, "b"));
        Assert.Null(RunProperty(first, "i"));
        // Body text takes the 14 pt default rather than a size of its own.
        Assert.Null(RunProperty(first, "sz"));

        var emphasis = body.Elements(W + "p").Where(p => Text(p) == "QUYẾT ĐỊNH").ElementAt(1);
        Assert.NotNull(RunProperty(emphasis, "b"));
        Assert.Equal("center", Attribute(emphasis.Element(W + "pPr")!.Element(W + "jc"), "val"));
        Assert.Null(emphasis.Element(W + "pPr")!.Element(W + "ind"));

        var signed = Paragraph(body, "(Đã ký)");
        Assert.NotNull(RunProperty(signed, "i"));
        Assert.Null(RunProperty(signed, "b"));
        Assert.Equal("right", Attribute(signed.Element(W + "pPr")!.Element(W + "jc"), "val"));
    }

    [Fact]
    public void Line_breaks_and_tabs_in_a_paragraph_become_Word_breaks_and_tabs()
    {
        var body = Body(Decision(new DocumentParagraph("Dòng một\r\nDòng hai\nCột\tGiá trị")));

        var paragraph = body.Elements(W + "p").Single(p => Text(p).StartsWith("Dòng một", StringComparison.Ordinal));
        Assert.Equal("Dòng một\nDòng hai\nCột\tGiá trị", Text(paragraph));
        Assert.Equal(2, paragraph.Descendants(W + "br").Count());
        Assert.Single(paragraph.Descendants(W + "tab"));
        Assert.DoesNotContain(paragraph.Descendants(W + "t"), t => t.Value.Contains('\n', StringComparison.Ordinal) || t.Value.Contains('\t', StringComparison.Ordinal));
    }

    [Fact]
    public void Hostile_text_is_escaped_invalid_characters_are_dropped_and_the_XML_still_parses()
    {
        const string hostile = "<script>alert('x')</script> & \"Đảng\" \u0001\u000B\uFFFE tail \uD800 😀 ]]> <w:p/>";
        using var zip = Package(AllFields(hostile));

        var raw = RawPart(zip, "word/document.xml");
        var body = XDocument.Parse(raw).Root!.Element(W + "body")!;

        const string expected = "<script>alert('x')</script> & \"Đảng\"  tail  😀 ]]> <w:p/>";
        // Nine fields and the second signature line; nothing else holds text but the fixed lines.
        Assert.Equal(10, Paragraphs(body).Count(p => p == expected));
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", raw, StringComparison.Ordinal);
        Assert.Contains("&amp;", raw, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0001', raw);
        Assert.DoesNotContain('\u000B', raw);
        Assert.DoesNotContain('\uFFFE', raw);
        Assert.Contains("😀", raw, StringComparison.Ordinal);
        // The hostile "<w:p/>" is text: the paragraphs are only the ones the layout writes.
        Assert.Equal(Paragraphs(Body(AllFields("x"))).Count, body.Descendants(W + "p").Count());
    }

    private static PartyDocument AllFields(string text) => new()
    {
        IssuerParent = text,
        Issuer = text,
        Number = text,
        PlaceAndDate = text,
        Title = text,
        Subtitle = text,
        Body = [new(text, Bold: true)],
        Recipients = [text],
        SignatureBlock = [text, "", text],
    };

    [Fact]
    public void The_page_is_A4_with_the_official_margins()
    {
        var section = Body(Decision()).Elements().Last();
        Assert.Equal(W + "sectPr", section.Name);

        var size = section.Element(W + "pgSz")!;
        Assert.Equal("11906", Attribute(size, "w"));
        Assert.Equal("16838", Attribute(size, "h"));
        Assert.Null(Attribute(size, "orient"));

        var margins = section.Element(W + "pgMar")!;
        Assert.Equal("1134", Attribute(margins, "top"));
        Assert.Equal("1134", Attribute(margins, "bottom"));
        Assert.Equal("1701", Attribute(margins, "left"));
        Assert.Equal("850", Attribute(margins, "right"));
        Assert.Equal("0", Attribute(margins, "gutter"));
    }

    [Fact]
    public void The_default_font_is_Times_New_Roman_14_point()
    {
        using var zip = Package(Decision());
        var styles = Part(zip, "word/styles.xml").Root!;

        var defaults = styles.Element(W + "docDefaults")!.Element(W + "rPrDefault")!.Element(W + "rPr")!;
        var fonts = defaults.Element(W + "rFonts")!;
        foreach (var slot in new[] { "ascii", "hAnsi", "cs", "eastAsia" })
        {
            Assert.Equal("Times New Roman", Attribute(fonts, slot));
        }

        Assert.Equal("28", Attribute(defaults.Element(W + "sz"), "val"));
        Assert.Equal("28", Attribute(defaults.Element(W + "szCs"), "val"));
        Assert.Equal("vi-VN", Attribute(defaults.Element(W + "lang"), "val"));
        Assert.Contains(styles.Elements(W + "style"), s => Attribute(s, "styleId") == "Normal" && Attribute(s, "default") == "1");
    }

    [Fact]
    public void Runs_of_empty_signature_lines_leave_one_room_to_sign()
    {
        var document = Decision();
        var body = Body(document);

        var signature = body.Elements(W + "tbl").Last().Descendants(W + "tc").Last().Elements(W + "p").ToList();
        Assert.Equal(["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "Trần Văn Đức"], signature.Select(Text));
        var space = signature[2].Element(W + "pPr")!.Element(W + "spacing")!;
        Assert.Equal("exact", Attribute(space, "lineRule"));
        Assert.Equal("1440", Attribute(space, "line"));
    }

    [Fact]
    public void Missing_optional_lines_are_left_out_rather_than_printed_empty()
    {
        var document = new PartyDocument
        {
            Issuer = "CHI BỘ TỔNG HỢP",
            Number = "Số 5-TB/CB",
            PlaceAndDate = "Hà Nội, ngày 2 tháng 3 năm 2026",
            Title = "THÔNG BÁO",
        };

        var body = Body(document);
        var issuerCell = body.Elements(W + "tbl").First().Descendants(W + "tc").First();
        Assert.Equal(["CHI BỘ TỔNG HỢP", "*"], issuerCell.Elements(W + "p").Select(Text));
        Assert.Equal(["THÔNG BÁO"], body.Elements(W + "p").Select(Text).Where(t => t.Length > 0));
        // A cell with no signature lines still holds the paragraph Word requires.
        Assert.Single(body.Elements(W + "tbl").Last().Descendants(W + "tc").Last().Elements(W + "p"));
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes_with_fixed_entry_times()
    {
        var first = DocxWriter.ToArray(Decision());
        var second = DocxWriter.ToArray(Decision());
        Assert.Equal(first, second);

        using var zip = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Write_leaves_the_caller_s_stream_open_and_writes_what_ToArray_returns()
    {
        using var output = new MemoryStream();
        DocxWriter.Write(Decision(), output);

        Assert.True(output.CanWrite);
        Assert.Equal(DocxWriter.ToArray(Decision()), output.ToArray());
    }

    [Fact]
    public void The_print_style_sheet_sets_the_same_page_font_and_indent_as_the_docx()
    {
        var css = File.ReadAllText(RepositoryFile("src/PartyMembers.Web/wwwroot/css/print.css"));

        var page = PageRule().Match(css);
        Assert.True(page.Success, "print.css has no @page rule");
        Assert.Contains("size: A4;", page.Value, StringComparison.Ordinal);
        var margin = $"margin: {PrintLayout.TopMarginMillimetres}mm {PrintLayout.RightMarginMillimetres}mm {PrintLayout.BottomMarginMillimetres}mm {PrintLayout.LeftMarginMillimetres}mm;";
        Assert.Contains(margin, page.Value, StringComparison.Ordinal);
        // On screen the sheet shows the same margins as padding.
        Assert.Contains(margin.Replace("margin:", "padding:", StringComparison.Ordinal), css, StringComparison.Ordinal);
        Assert.Contains("font-family: \"Times New Roman\"", css, StringComparison.Ordinal);
        Assert.Contains($"font-size: {PrintLayout.BodyPoints}pt;", css, StringComparison.Ordinal);
        Assert.Contains($"text-indent: {PrintLayout.FirstLineIndentMillimetres.ToString(System.Globalization.CultureInfo.InvariantCulture)}mm;", css, StringComparison.Ordinal);
        Assert.Matches(@"@media print\s*\{\s*\.no-print\s*\{\s*display:\s*none", css);
    }

    [Fact]
    public void The_print_partial_uses_classes_only_no_inline_style_or_script()
    {
        var partial = File.ReadAllText(RepositoryFile("src/PartyMembers.Web/Pages/Shared/_PartyDocument.cshtml"));
        var css = File.ReadAllText(RepositoryFile("src/PartyMembers.Web/wwwroot/css/print.css"));

        Assert.DoesNotContain("style=", partial, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", partial, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", partial, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("@model PartyMembers.Web.Features.Documents.PartyDocument", partial, StringComparison.Ordinal);
        // Every pd- class the partial uses is styled by print.css.
        var classes = ClassName().Matches(partial).Select(m => m.Value).Distinct().ToList();
        Assert.NotEmpty(classes);
        Assert.All(classes, c => Assert.Contains("." + c, css, StringComparison.Ordinal));
    }

    private static string RepositoryFile(string relative)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PartyMembers.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Repository root not found"), relative);
    }

    [GeneratedRegex(@"@page\s*\{[^}]*\}")]
    private static partial Regex PageRule();

    [GeneratedRegex(@"\bpd-[a-z-]+[a-z]\b")]
    private static partial Regex ClassName();
}
