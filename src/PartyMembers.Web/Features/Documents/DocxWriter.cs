using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace PartyMembers.Web.Features.Documents;

/// Writes a PartyDocument as a minimal WordprocessingML package (.docx) in the official layout: A4, margins 20/20/30/15
/// mm, Times New Roman 14 pt. The same document always gives the same bytes (fixed entry times), so a stored copy can
/// be compared with a fresh one.
public static class DocxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeDocumentRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // The earliest time a zip entry can carry; any fixed value makes the output deterministic.
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        CheckCharacters = true,
        Indent = false,
        CloseOutput = false,
    };

    // Column widths in twips: the header's issuer column is a little narrower than the party's; the footer's
    // recipients column is 8 cm. Both tables fill the text width.
    private static readonly int HeaderLeftTwips = PrintLayout.TextWidthTwips * 45 / 100;
    private static readonly int FooterLeftTwips = PrintLayout.Twips(80);

    /// Writes the package synchronously; ASP.NET Core refuses synchronous writes to a response, so pages use ToArray.
    public static void Write(PartyDocument doc, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        AddPart(zip, "[Content_Types].xml", WriteContentTypes);
        AddPart(zip, "_rels/.rels", WritePackageRelationships);
        AddPart(zip, "word/_rels/document.xml.rels", WriteDocumentRelationships);
        AddPart(zip, "word/styles.xml", WriteStyles);
        AddPart(zip, "word/document.xml", xml => WriteDocument(xml, doc));
    }

    public static byte[] ToArray(PartyDocument doc)
    {
        using var buffer = new MemoryStream();
        Write(doc, buffer);
        return buffer.ToArray();
    }

    private static void AddPart(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void WriteContentTypes(XmlWriter xml)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        xml.WriteStartElement("Types", ns);
        WriteEmpty(xml, "Default", ns, ("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml"));
        WriteEmpty(xml, "Default", ns, ("Extension", "xml"), ("ContentType", "application/xml"));
        WriteEmpty(xml, "Override", ns, ("PartName", "/word/document.xml"),
            ("ContentType", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
        WriteEmpty(xml, "Override", ns, ("PartName", "/word/styles.xml"),
            ("ContentType", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"));
        xml.WriteEndElement();
    }

    private static void WritePackageRelationships(XmlWriter xml)
    {
        xml.WriteStartElement("Relationships", PackageRelationships);
        WriteEmpty(xml, "Relationship", PackageRelationships, ("Id", "rId1"),
            ("Type", OfficeDocumentRelationships + "/officeDocument"), ("Target", "word/document.xml"));
        xml.WriteEndElement();
    }

    private static void WriteDocumentRelationships(XmlWriter xml)
    {
        xml.WriteStartElement("Relationships", PackageRelationships);
        WriteEmpty(xml, "Relationship", PackageRelationships, ("Id", "rId1"),
            ("Type", OfficeDocumentRelationships + "/styles"), ("Target", "styles.xml"));
        xml.WriteEndElement();
    }

    private static void WriteEmpty(XmlWriter xml, string name, string ns, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(name, ns);
        foreach (var (attribute, value) in attributes)
        {
            xml.WriteAttributeString(attribute, value);
        }

        xml.WriteEndElement();
    }

    private static void WriteStyles(XmlWriter xml)
    {
        xml.WriteStartElement("w", "styles", W);
        xml.WriteStartElement("w", "docDefaults", W);
        xml.WriteStartElement("w", "rPrDefault", W);
        xml.WriteStartElement("w", "rPr", W);
        WriteW(xml, "rFonts", ("ascii", PrintLayout.FontFamily), ("hAnsi", PrintLayout.FontFamily),
            ("eastAsia", PrintLayout.FontFamily), ("cs", PrintLayout.FontFamily));
        WriteW(xml, "sz", ("val", HalfPoints(PrintLayout.BodyPoints)));
        WriteW(xml, "szCs", ("val", HalfPoints(PrintLayout.BodyPoints)));
        WriteW(xml, "lang", ("val", "vi-VN"), ("eastAsia", "vi-VN"), ("bidi", "ar-SA"));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("w", "pPrDefault", W);
        xml.WriteStartElement("w", "pPr", W);
        WriteW(xml, "spacing", ("after", "0"), ("line", "240"), ("lineRule", "auto"));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("w", "style", W);
        xml.WriteAttributeString("w", "type", W, "paragraph");
        xml.WriteAttributeString("w", "default", W, "1");
        xml.WriteAttributeString("w", "styleId", W, "Normal");
        WriteW(xml, "name", ("val", "Normal"));
        WriteW(xml, "qFormat");
        xml.WriteEndElement();

        xml.WriteStartElement("w", "style", W);
        xml.WriteAttributeString("w", "type", W, "table");
        xml.WriteAttributeString("w", "default", W, "1");
        xml.WriteAttributeString("w", "styleId", W, "TableNormal");
        WriteW(xml, "name", ("val", "Normal Table"));
        xml.WriteStartElement("w", "tblPr", W);
        WriteW(xml, "tblInd", ("w", "0"), ("type", "dxa"));
        xml.WriteStartElement("w", "tblCellMar", W);
        WriteW(xml, "top", ("w", "0"), ("type", "dxa"));
        WriteW(xml, "left", ("w", "108"), ("type", "dxa"));
        WriteW(xml, "bottom", ("w", "0"), ("type", "dxa"));
        WriteW(xml, "right", ("w", "108"), ("type", "dxa"));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteEndElement();
    }

    private static void WriteDocument(XmlWriter xml, PartyDocument doc)
    {
        xml.WriteStartElement("w", "document", W);
        xml.WriteStartElement("w", "body", W);

        WriteHeader(xml, doc);

        WriteParagraph(xml, new Line(doc.Title, Bold: true, Points: PrintLayout.TitlePoints),
            ParagraphAlignment.Centre, spaceBefore: 480);
        if (PrintLayout.Clean(doc.Subtitle).Length > 0)
        {
            WriteParagraph(xml, new Line(doc.Subtitle, Bold: true), ParagraphAlignment.Centre);
        }

        var first = true;
        foreach (var paragraph in doc.Body)
        {
            WriteParagraph(xml, new Line(paragraph.Text, paragraph.Bold, paragraph.Italic), paragraph.Alignment,
                spaceBefore: first ? 240 : 0, spaceAfter: 120, firstLineIndent: paragraph.FirstLineIndent);
            first = false;
        }

        WriteFooter(xml, doc);

        // Word expects the body to end with a paragraph; a tiny one cannot push an empty page.
        WriteParagraph(xml, new Line("", Points: 1), ParagraphAlignment.Left);
        WriteSection(xml);

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteHeader(XmlWriter xml, PartyDocument doc)
    {
        // Two rows so that the place and date stand level with the number, as the guide shows them.
        StartTable(xml, HeaderLeftTwips, PrintLayout.TextWidthTwips - HeaderLeftTwips);

        xml.WriteStartElement("w", "tr", W);
        var issuer = new List<Line>();
        if (PrintLayout.Clean(doc.IssuerParent).Length > 0)
        {
            issuer.Add(new Line(doc.IssuerParent));
        }

        issuer.Add(new Line(doc.Issuer, Bold: true));
        issuer.Add(new Line(PrintLayout.IssuerSeparator));
        WriteCell(xml, HeaderLeftTwips, issuer, ParagraphAlignment.Centre);
        WriteCell(xml, PrintLayout.TextWidthTwips - HeaderLeftTwips,
            [new Line(PrintLayout.PartyName, Bold: true, Underline: true, Points: PrintLayout.PartyNamePoints)],
            ParagraphAlignment.Centre);
        xml.WriteEndElement();

        xml.WriteStartElement("w", "tr", W);
        WriteCell(xml, HeaderLeftTwips, [new Line(doc.Number)], ParagraphAlignment.Centre);
        WriteCell(xml, PrintLayout.TextWidthTwips - HeaderLeftTwips, [new Line(doc.PlaceAndDate, Italic: true)],
            ParagraphAlignment.Centre);
        xml.WriteEndElement();

        xml.WriteEndElement();
    }

    private static void WriteFooter(XmlWriter xml, PartyDocument doc)
    {
        var right = PrintLayout.TextWidthTwips - FooterLeftTwips;
        WriteParagraph(xml, new Line(""), ParagraphAlignment.Left);
        StartTable(xml, FooterLeftTwips, right);
        xml.WriteStartElement("w", "tr", W);
        // The footer stays on one page with the signature.
        xml.WriteStartElement("w", "trPr", W);
        WriteW(xml, "cantSplit");
        xml.WriteEndElement();

        var recipients = new List<Line>
        {
            new(PrintLayout.RecipientsHeading, Bold: true, Italic: true, Underline: true, Points: PrintLayout.RecipientsPoints),
        };
        recipients.AddRange(doc.Recipients.Select(r => new Line(r, Points: PrintLayout.RecipientsPoints)));
        WriteCell(xml, FooterLeftTwips, recipients, ParagraphAlignment.Left);

        // Authority, title and the signer's name are all bold in the guide; an empty line is the room to sign.
        var signature = PrintLayout.SignatureLines(doc.SignatureBlock)
            .Select(l => l.Length == 0 ? Line.SignatureSpace : new Line(l, Bold: true))
            .ToList();
        WriteCell(xml, right, signature, ParagraphAlignment.Centre);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void StartTable(XmlWriter xml, params int[] columns)
    {
        xml.WriteStartElement("w", "tbl", W);
        xml.WriteStartElement("w", "tblPr", W);
        WriteW(xml, "tblW", ("w", Number(columns.Sum())), ("type", "dxa"));
        xml.WriteStartElement("w", "tblBorders", W);
        foreach (var side in new[] { "top", "left", "bottom", "right", "insideH", "insideV" })
        {
            WriteW(xml, side, ("val", "nil"));
        }

        xml.WriteEndElement();
        WriteW(xml, "tblLayout", ("type", "fixed"));
        WriteW(xml, "tblLook", ("val", "0000"), ("firstRow", "0"), ("lastRow", "0"), ("firstColumn", "0"),
            ("lastColumn", "0"), ("noHBand", "1"), ("noVBand", "1"));
        xml.WriteEndElement();
        xml.WriteStartElement("w", "tblGrid", W);
        foreach (var width in columns)
        {
            WriteW(xml, "gridCol", ("w", Number(width)));
        }

        xml.WriteEndElement();
    }

    private static void WriteCell(XmlWriter xml, int width, IReadOnlyList<Line> lines, ParagraphAlignment alignment)
    {
        xml.WriteStartElement("w", "tc", W);
        xml.WriteStartElement("w", "tcPr", W);
        WriteW(xml, "tcW", ("w", Number(width)), ("type", "dxa"));
        xml.WriteEndElement();
        if (lines.Count == 0)
        {
            // A cell must hold a paragraph.
            WriteParagraph(xml, new Line(""), alignment);
        }

        foreach (var line in lines)
        {
            WriteParagraph(xml, line, alignment);
        }

        xml.WriteEndElement();
    }

    private static void WriteParagraph(XmlWriter xml, Line line, ParagraphAlignment alignment,
        int spaceBefore = 0, int spaceAfter = 0, bool firstLineIndent = false)
    {
        xml.WriteStartElement("w", "p", W);
        // Children of w:pPr and w:rPr must come in the schema's order.
        xml.WriteStartElement("w", "pPr", W);
        if (line.ExactHeightTwips is { } height)
        {
            WriteW(xml, "spacing", ("before", "0"), ("after", "0"), ("line", Number(height)), ("lineRule", "exact"));
        }
        else if (spaceBefore != 0 || spaceAfter != 0)
        {
            WriteW(xml, "spacing", ("before", Number(spaceBefore)), ("after", Number(spaceAfter)));
        }

        if (firstLineIndent)
        {
            WriteW(xml, "ind", ("firstLine", Number(PrintLayout.Twips(PrintLayout.FirstLineIndentMillimetres))));
        }

        WriteW(xml, "jc", ("val", Justification(alignment)));
        WriteRunProperties(xml, line);
        xml.WriteEndElement();

        var text = PrintLayout.Clean(line.Text);
        if (text.Length > 0)
        {
            xml.WriteStartElement("w", "r", W);
            WriteRunProperties(xml, line);
            WriteRunText(xml, text);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// The line's w:rPr, for its runs and its paragraph mark; nothing when it takes the defaults.
    private static void WriteRunProperties(XmlWriter xml, Line line)
    {
        if (!line.Bold && !line.Italic && !line.Underline && line.Points == PrintLayout.BodyPoints)
        {
            return;
        }

        xml.WriteStartElement("w", "rPr", W);
        if (line.Bold)
        {
            WriteW(xml, "b");
            WriteW(xml, "bCs");
        }

        if (line.Italic)
        {
            WriteW(xml, "i");
            WriteW(xml, "iCs");
        }

        if (line.Points != PrintLayout.BodyPoints)
        {
            WriteW(xml, "sz", ("val", HalfPoints(line.Points)));
            WriteW(xml, "szCs", ("val", HalfPoints(line.Points)));
        }

        if (line.Underline)
        {
            WriteW(xml, "u", ("val", "single"));
        }

        xml.WriteEndElement();
    }

    /// Line breaks become w:br and tabs w:tab: a line break inside w:t would show as a space.
    private static void WriteRunText(XmlWriter xml, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                WriteW(xml, "br");
            }

            var pieces = lines[i].Split('\t');
            for (var j = 0; j < pieces.Length; j++)
            {
                if (j > 0)
                {
                    WriteW(xml, "tab");
                }

                if (pieces[j].Length > 0)
                {
                    xml.WriteStartElement("w", "t", W);
                    xml.WriteAttributeString("xml", "space", null, "preserve");
                    xml.WriteString(pieces[j]);
                    xml.WriteEndElement();
                }
            }
        }
    }

    private static void WriteSection(XmlWriter xml)
    {
        xml.WriteStartElement("w", "sectPr", W);
        WriteW(xml, "pgSz", ("w", Number(PrintLayout.PageWidthTwips)),
            ("h", Number(PrintLayout.Twips(PrintLayout.PageHeightMillimetres))));
        WriteW(xml, "pgMar",
            ("top", Number(PrintLayout.Twips(PrintLayout.TopMarginMillimetres))),
            ("right", Number(PrintLayout.Twips(PrintLayout.RightMarginMillimetres))),
            ("bottom", Number(PrintLayout.Twips(PrintLayout.BottomMarginMillimetres))),
            ("left", Number(PrintLayout.Twips(PrintLayout.LeftMarginMillimetres))),
            ("header", "720"), ("footer", "720"), ("gutter", "0"));
        WriteW(xml, "cols", ("space", "720"));
        xml.WriteEndElement();
    }

    private static void WriteW(XmlWriter xml, string name, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement("w", name, W);
        foreach (var (attribute, value) in attributes)
        {
            xml.WriteAttributeString("w", attribute, W, value);
        }

        xml.WriteEndElement();
    }

    private static string Justification(ParagraphAlignment alignment) => alignment switch
    {
        ParagraphAlignment.Left => "left",
        ParagraphAlignment.Centre => "center",
        ParagraphAlignment.Right => "right",
        _ => "both",
    };

    private static string HalfPoints(int points) => Number(points * 2);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record Line(
        string Text,
        bool Bold = false,
        bool Italic = false,
        bool Underline = false,
        int Points = PrintLayout.BodyPoints,
        int? ExactHeightTwips = null)
    {
        /// About 25 mm of room for the signature and the seal.
        public static Line SignatureSpace { get; } = new("", ExactHeightTwips: 1440);
    }
}
