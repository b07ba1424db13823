using System.IO.Compression;
using System.Text;
using PartyMembers.Domain.Common;

namespace PartyMembers.Infrastructure.Files;

/// The "Files:Spreadsheet" limits an uploaded .xlsx must keep before any of it is read as a workbook (OWASP ASVS 5.0
/// 5.2.3: entry count and unpacked size checked before unpacking). The defaults suit an import of a few thousand rows.
public sealed class SpreadsheetLimits
{
    public const int DefaultMaxEntries = 1000;
    public const long DefaultMaxUncompressedBytes = 100L * 1024 * 1024;
    public const int DefaultMaxCompressionRatio = 100;
    public const long DefaultRatioFloorBytes = 1024 * 1024;

    /// The most files the package may hold (a workbook of one sheet has about ten).
    public int MaxEntries { get; set; } = DefaultMaxEntries;

    /// The most bytes all entries may unpack to together, declared and actually read.
    public long MaxUncompressedBytes { get; set; } = DefaultMaxUncompressedBytes;

    /// The highest uncompressed-to-compressed ratio of one entry (a zip bomb packs gigabytes of zeros at 1000:1).
    public int MaxCompressionRatio { get; set; } = DefaultMaxCompressionRatio;

    /// Entries declaring fewer bytes than this are not held to the ratio (a tiny XML part may compress very well);
    /// they still count towards <see cref="MaxUncompressedBytes"/>.
    public long RatioFloorBytes { get; set; } = DefaultRatioFloorBytes;
}

/// Checks that an upload is a plain Office Open XML workbook that is safe to open: a zip, with "[Content_Types].xml"
/// and "xl/workbook.xml", no macros or ActiveX, no more than the entries, unpacked bytes and compression ratio
/// allowed, and no entry unpacking to more than it declares. Only the zip's directory and the content types are read
/// as text; every other entry is streamed through a counter and thrown away. No XML is parsed here: whoever reads the
/// workbook later parses it with DTDs prohibited.
public static class SpreadsheetSafety
{
    public const string NotAWorkbookCode = "File.Spreadsheet.NotAWorkbook";
    public const string MacroCode = "File.Spreadsheet.Macro";
    public const string TooManyEntriesCode = "File.Spreadsheet.TooManyEntries";
    public const string TooLargeUnpackedCode = "File.Spreadsheet.TooLargeUnpacked";
    public const string CompressionRatioCode = "File.Spreadsheet.CompressionRatio";

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string ContentTypesPart = "[Content_Types].xml";
    private const string WorkbookPart = "xl/workbook.xml";
    private const string WorkbookMainType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const int MaxContentTypesBytes = 256 * 1024;
    private const int ReadChunk = 81_920;

    // Content types and part names of executable content: VBA projects, macro-enabled workbooks and templates,
    // Excel 4 macro sheets, ActiveX controls.
    private static readonly string[] ActiveContentTypes =
    [
        "macroEnabled", "vbaProject", "vbaData", "ms-office.activeX", "ms-excel.macrosheet", "ms-excel.intlmacrosheet",
        "ms-office.vbaProject",
    ];

    private static readonly string[] ActiveContentParts = ["vbaProject.bin", "vbaProjectSignature", "vbaData.xml", "/activeX/", "/macrosheets/"];

    /// Null when the package may be read; otherwise the reason it is refused (no field: the caller knows the input).
    /// <paramref name="package"/> must be seekable; it is left open and its position is not restored.
    public static DomainError? Check(Stream package, SpreadsheetLimits limits)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            var entries = zip.Entries;
            if (entries.Count > limits.MaxEntries)
            {
                return new DomainError(TooManyEntriesCode, null, limits.MaxEntries);
            }

            // The declared sizes first: nothing is unpacked from a package whose directory already says it is too big.
            long declared = 0;
            foreach (var entry in entries)
            {
                var name = entry.FullName;
                if (name.Length == 0 || name.StartsWith('/') || name.StartsWith('\\') || name.Contains("..", StringComparison.Ordinal)
                    || name.Contains('\\', StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal))
                {
                    return new DomainError(NotAWorkbookCode);
                }

                if (ActiveContentParts.Any(p => ("/" + name).Contains(p, StringComparison.OrdinalIgnoreCase)))
                {
                    return new DomainError(MacroCode);
                }

                if (entry.Length < 0 || entry.CompressedLength < 0)
                {
                    return new DomainError(NotAWorkbookCode);
                }

                declared += entry.Length;
                if (declared > limits.MaxUncompressedBytes)
                {
                    return new DomainError(TooLargeUnpackedCode, null, limits.MaxUncompressedBytes / (1024 * 1024));
                }

                if (entry.Length >= limits.RatioFloorBytes && entry.Length > (long)limits.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
                {
                    return new DomainError(CompressionRatioCode);
                }
            }

            var contentTypes = zip.GetEntry(ContentTypesPart);
            if (contentTypes is null || zip.GetEntry(WorkbookPart) is null)
            {
                return new DomainError(NotAWorkbookCode);
            }

            // Then every entry is unpacked into a counter that stops one byte past what the entry declared.
            long total = 0;
            string? types = null;
            foreach (var entry in entries)
            {
                var keep = ReferenceEquals(entry, contentTypes);
                var (read, text) = Drain(entry, Math.Min(entry.Length, limits.MaxUncompressedBytes - total) + 1, keep);
                if (read > entry.Length)
                {
                    // A directory that lies about an entry's size is a zip bomb in disguise.
                    return new DomainError(CompressionRatioCode);
                }

                total += read;
                if (total > limits.MaxUncompressedBytes)
                {
                    return new DomainError(TooLargeUnpackedCode, null, limits.MaxUncompressedBytes / (1024 * 1024));
                }

                if (keep)
                {
                    types = text;
                }
            }

            if (types is null || ActiveContentTypes.Any(t => types.Contains(t, StringComparison.OrdinalIgnoreCase)))
            {
                return new DomainError(types is null ? NotAWorkbookCode : MacroCode);
            }

            return types.Contains(WorkbookMainType, StringComparison.Ordinal) ? null : new DomainError(NotAWorkbookCode);
        }
        catch (InvalidDataException)
        {
            return new DomainError(NotAWorkbookCode);
        }
        catch (NotSupportedException)
        {
            // An entry packed with a method .NET cannot read (not stored or deflate): Excel never writes one.
            return new DomainError(NotAWorkbookCode);
        }
    }

    /// Reads at most <paramref name="limit"/> bytes of the entry; keeps them as UTF-8 text when asked and small enough.
    private static (long Read, string? Text) Drain(ZipArchiveEntry entry, long limit, bool keep)
    {
        using var stream = entry.Open();
        var buffer = new byte[ReadChunk];
        using var kept = keep ? new MemoryStream() : null;
        long read = 0;
        while (read < limit)
        {
            var n = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, limit - read));
            if (n == 0)
            {
                break;
            }

            read += n;
            if (kept is not null && kept.Length + n <= MaxContentTypesBytes)
            {
                kept.Write(buffer, 0, n);
            }
        }

        return (read, kept is null || read > MaxContentTypesBytes ? null : Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length));
    }
}
