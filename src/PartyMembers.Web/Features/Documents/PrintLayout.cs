using System.Text;
using System.Xml;

namespace PartyMembers.Web.Features.Documents;

/// The measurements and fixed texts of the official layout (Hướng dẫn 36-HD/VPTW), shared by DocxWriter, the
/// _PartyDocument partial and wwwroot/css/print.css (a test keeps the style sheet's page rule equal to these).
public static class PrintLayout
{
    public const int PageWidthMillimetres = 210;
    public const int PageHeightMillimetres = 297;
    public const int TopMarginMillimetres = 20;
    public const int BottomMarginMillimetres = 20;
    public const int LeftMarginMillimetres = 30;
    public const int RightMarginMillimetres = 15;

    /// A new paragraph starts 1 cm to 1.27 cm in (one default tab); we use the tab.
    public const decimal FirstLineIndentMillimetres = 12.7m;

    public const string FontFamily = "Times New Roman";
    public const int BodyPoints = 14;
    public const int TitlePoints = 16;
    public const int PartyNamePoints = 15;
    public const int RecipientsPoints = 12;

    public const string PartyName = "ĐẢNG CỘNG SẢN VIỆT NAM";
    public const string RecipientsHeading = "Nơi nhận:";
    public const string IssuerSeparator = "*";

    /// Word measures in twentieths of a point: 1 mm = 1440 / 25.4 twips.
    public static int Twips(decimal millimetres) =>
        (int)Math.Round(millimetres * 1440m / 25.4m, MidpointRounding.AwayFromZero);

    public static int PageWidthTwips => Twips(PageWidthMillimetres);

    public static int TextWidthTwips => PageWidthTwips - Twips(LeftMarginMillimetres) - Twips(RightMarginMillimetres);

    /// The text without the characters XML 1.0 cannot carry (control characters other than tab and line breaks,
    /// unpaired surrogates, U+FFFE, U+FFFF); paired surrogates (emoji) are kept. Browsers would show those characters
    /// as boxes and Word refuses the whole file, so both layouts drop them.
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                cleaned?.Append(c);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                cleaned?.Append(c).Append(text[i + 1]);
                i++;
            }
            else
            {
                cleaned ??= new StringBuilder(text, 0, i, text.Length);
            }
        }

        return cleaned?.ToString() ?? text;
    }

    /// The cleaned text split at its line breaks (\r\n, \r or \n).
    public static IReadOnlyList<string> Lines(string? text) =>
        Clean(text).ReplaceLineEndings("\n").Split('\n');

    /// The signature lines cleaned, with each run of empty lines made one empty line: the room to sign and seal,
    /// which both layouts give a fixed height.
    public static IReadOnlyList<string> SignatureLines(IEnumerable<string> lines)
    {
        var result = new List<string>();
        foreach (var line in lines.Select(l => Clean(l).Trim()))
        {
            if (line.Length > 0 || (result.Count > 0 && result[^1].Length > 0))
            {
                result.Add(line);
            }
        }

        if (result.Count > 0 && result[^1].Length == 0)
        {
            result.RemoveAt(result.Count - 1);
        }

        return result;
    }
}
