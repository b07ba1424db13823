using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PartyMembers.Infrastructure.Files;

namespace PartyMembers.Infrastructure.Tests.Files;

/// The .xlsx check on packages built here byte by byte: a minimal valid workbook passes; a zip bomb, too many entries,
/// too many unpacked bytes, a lying directory, macros, ActiveX, a package that is not a workbook and a fake extension
/// are refused before anything is read as a workbook, and the file store writes nothing for them.
public sealed class SpreadsheetSafetyTests : IDisposable
{
    private const string WorkbookMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string MacroMain = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "partymembers-xlsx-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void A_minimal_workbook_passes()
    {
        Assert.Null(Check(Workbook()));
    }

    [Fact]
    public void A_workbook_with_a_compressible_sheet_below_the_ratio_floor_passes()
    {
        // A small part may compress far better than 100:1 and is still counted in the unpacked total.
        var bytes = Workbook(extra: [("xl/worksheets/sheet2.xml", Encoding.UTF8.GetBytes(new string(' ', 200_000)))]);
        Assert.Null(Check(bytes));
    }

    [Fact]
    public async Task The_file_store_keeps_a_workbook_only_for_a_caller_that_accepts_spreadsheets()
    {
        var store = Store();
        var bytes = Workbook();

        var scansOnly = await store.SaveAsync(new MemoryStream(bytes), "danh-sach.xlsx", CancellationToken.None);
        Assert.False(scansOnly.Succeeded);
        Assert.Equal(FileStore.TypeNotAllowedCode, scansOnly.Error.Code);

        var accepted = await store.SaveAsync(new MemoryStream(bytes), "danh-sach.xlsx", UploadKinds.Spreadsheet, CancellationToken.None);
        Assert.True(accepted.Succeeded, accepted.Error?.ToString());
        Assert.Equal(SpreadsheetSafety.ContentType, accepted.File.ContentType);
        await using var read = store.OpenRead(accepted.File.StorageName);
        Assert.NotNull(read);

        // A spreadsheet caller does not take scans.
        var pdf = await store.SaveAsync(new MemoryStream("%PDF-1.7\n"u8.ToArray()), "a.pdf", UploadKinds.Spreadsheet, CancellationToken.None);
        Assert.Equal(FileStore.TypeNotAllowedCode, pdf.Error?.Code);
    }

    public static TheoryData<string, string> FakeExtensions() => new()
    {
        // A PNG renamed .xlsx, a workbook renamed .pdf, a zip that is not a workbook.
        { "png-as-xlsx", FileStore.NameDoesNotMatchContentCode },
        { "xlsx-as-pdf", FileStore.NameDoesNotMatchContentCode },
        { "text-as-xlsx", FileStore.TypeNotAllowedCode },
    };

    [Theory]
    [MemberData(nameof(FakeExtensions))]
    public async Task A_fake_extension_is_refused_and_nothing_is_written(string sample, string code)
    {
        var (bytes, name) = sample switch
        {
            "png-as-xlsx" => (new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 }, "bang.xlsx"),
            "xlsx-as-pdf" => (Workbook(), "bang.pdf"),
            _ => ("Name,Born\nA,1990\n"u8.ToArray(), "bang.xlsx"),
        };

        var result = await Store().SaveAsync(new MemoryStream(bytes), name, UploadKinds.Scans | UploadKinds.Spreadsheet, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(code, result.Error.Code);
        Assert.False(Directory.Exists(Path.Combine(_folder, "store")) && Directory.EnumerateFiles(Path.Combine(_folder, "store"), "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public void A_zip_that_is_not_a_workbook_is_refused()
    {
        // A Word document, and a package with content types but no workbook part.
        var docx = Zip(("[Content_Types].xml", ContentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")), ("word/document.xml", "<w/>"u8.ToArray()));
        Assert.Equal(SpreadsheetSafety.NotAWorkbookCode, Check(docx));

        var noTypes = Zip(("xl/workbook.xml", WorkbookXml()));
        Assert.Equal(SpreadsheetSafety.NotAWorkbookCode, Check(noTypes));

        var wrongMainType = Zip(("[Content_Types].xml", ContentTypes("application/xml")), ("xl/workbook.xml", WorkbookXml()));
        Assert.Equal(SpreadsheetSafety.NotAWorkbookCode, Check(wrongMainType));

        Assert.Equal(SpreadsheetSafety.NotAWorkbookCode, Check("PK\u0003\u0004 but not really a zip"u8.ToArray()));
        Assert.Equal(SpreadsheetSafety.NotAWorkbookCode, Check([]));
    }

    [Fact]
    public void An_entry_climbing_out_of_the_package_is_refused()
    {
        Assert.Equal(SpreadsheetSafety.NotAWorkbookCode, Check(Workbook(extra: [("../../evil.xml", "<x/>"u8.ToArray())])));
        Assert.Equal(SpreadsheetSafety.NotAWorkbookCode, Check(Workbook(extra: [("/etc/evil.xml", "<x/>"u8.ToArray())])));
    }

    [Fact]
    public void Macros_and_ActiveX_are_refused()
    {
        Assert.Equal(SpreadsheetSafety.MacroCode, Check(Workbook(extra: [("xl/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0])])));
        Assert.Equal(SpreadsheetSafety.MacroCode, Check(Workbook(mainType: MacroMain)));
        Assert.Equal(SpreadsheetSafety.MacroCode, Check(Workbook(extra: [("xl/activeX/activeX1.xml", "<ax/>"u8.ToArray())])));
        Assert.Equal(SpreadsheetSafety.MacroCode, Check(Workbook(extra: [("xl/macrosheets/sheet1.xml", "<xm/>"u8.ToArray())])));
    }

    [Fact]
    public void More_entries_than_allowed_are_refused()
    {
        var limits = new SpreadsheetLimits();
        var extra = Enumerable.Range(0, limits.MaxEntries).Select(i => ($"xl/media/p{i}.xml", "<x/>"u8.ToArray())).ToArray();
        Assert.Equal(SpreadsheetSafety.TooManyEntriesCode, Check(Workbook(extra: extra), limits));

        // At the limit it passes.
        var atLimit = Workbook(extra: extra[..(limits.MaxEntries - 5)]);
        Assert.Null(Check(atLimit, limits));
    }

    [Fact]
    public void A_zip_bomb_is_refused_by_its_compression_ratio()
    {
        // 20 MB of zeros packs into about 20 KB: a ratio near 1000.
        var bomb = Workbook(extra: [("xl/worksheets/sheet2.xml", new byte[20 * 1024 * 1024])]);
        Assert.True(bomb.Length < 200_000);
        Assert.Equal(SpreadsheetSafety.CompressionRatioCode, Check(bomb));
    }

    [Fact]
    public void More_unpacked_bytes_than_allowed_are_refused()
    {
        // Incompressible bytes, stored: no ratio to catch, only the total.
        var limits = new SpreadsheetLimits { MaxUncompressedBytes = 1024 * 1024 };
        var noise = new byte[1_200_000];
        new Random(5).NextBytes(noise);
        var big = Workbook(extra: [("xl/media/image1.png", noise)]);
        Assert.Equal(SpreadsheetSafety.TooLargeUnpackedCode, Check(big, limits));
        Assert.Null(Check(big, new SpreadsheetLimits { MaxUncompressedBytes = 2 * 1024 * 1024 }));
    }

    [Fact]
    public void An_entry_whose_directory_lies_about_its_size_is_judged_and_read_by_what_it_declares()
    {
        // 5 MB of zeros. Declared as 200 MB, it is over the total; declared as 1,000 bytes, .NET unpacks no more than
        // 1,000 bytes of it (the counter in the check would refuse more), so the work stays within the declaration.
        const string Part = "xl/worksheets/sheet2.xml";
        var honest = Workbook(extra: [(Part, new byte[5 * 1024 * 1024])]);

        Assert.Equal(SpreadsheetSafety.TooLargeUnpackedCode, Check(DeclareUncompressedSize(honest, Part, 200 * 1024 * 1024)));

        var liar = DeclareUncompressedSize(honest, Part, 1000);
        Assert.Null(Check(liar));
        using var zip = new ZipArchive(new MemoryStream(liar), ZipArchiveMode.Read);
        using var stream = zip.GetEntry(Part)!.Open();
        var buffer = new byte[81_920];
        long read = 0;
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            read += n;
        }

        Assert.Equal(1000, read);
    }

    private static string? Check(byte[] package, SpreadsheetLimits? limits = null)
    {
        using var stream = new MemoryStream(package, writable: false);
        return SpreadsheetSafety.Check(stream, limits ?? new SpreadsheetLimits())?.Code;
    }

    private FileStore Store() =>
        new(new FileStoreOptions { Root = Path.Combine(_folder, "store") }, new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 3, 0, 0, TimeSpan.Zero)), NullLogger<FileStore>.Instance);

    /// The smallest package Excel opens: content types, relationships, a workbook and one sheet.
    private static byte[] Workbook(string mainType = WorkbookMain, (string Name, byte[] Content)[]? extra = null) =>
        Zip([
            ("[Content_Types].xml", ContentTypes(mainType)),
            ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""u8.ToArray()),
            ("xl/workbook.xml", WorkbookXml()),
            ("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""u8.ToArray()),
            ("xl/worksheets/sheet1.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nguyễn Văn An</t></is></c></row></sheetData></worksheet>"""u8.ToArray()),
            .. extra ?? [],
        ]);

    private static byte[] WorkbookXml() =>
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"""u8.ToArray();

    private static byte[] ContentTypes(string mainType) => Encoding.UTF8.GetBytes(
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="{mainType}"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var level = name.EndsWith(".png", StringComparison.Ordinal) ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
                var entry = zip.CreateEntry(name, level);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return memory.ToArray();
    }

    /// Rewrites the uncompressed size of <paramref name="name"/> in the local header and the central directory.
    private static byte[] DeclareUncompressedSize(byte[] zip, string name, uint size)
    {
        var copy = (byte[])zip.Clone();
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var patched = 0;
        for (var i = 0; i + 46 < copy.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(i));
            if (signature == 0x04034B50 && NameAt(copy, i + 30, BinaryPrimitives.ReadUInt16LittleEndian(copy.AsSpan(i + 26)), nameBytes))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(i + 22), size);
                patched++;
            }
            else if (signature == 0x02014B50 && NameAt(copy, i + 46, BinaryPrimitives.ReadUInt16LittleEndian(copy.AsSpan(i + 28)), nameBytes))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(i + 24), size);
                patched++;
            }
        }

        Assert.Equal(2, patched);
        return copy;
    }

    private static bool NameAt(byte[] zip, int offset, int length, byte[] name) =>
        length == name.Length && offset + length <= zip.Length && zip.AsSpan(offset, length).SequenceEqual(name);
}
