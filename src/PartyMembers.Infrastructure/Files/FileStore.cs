using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using PartyMembers.Domain.Common;

namespace PartyMembers.Infrastructure.Files;

/// Which kinds of file a caller accepts: scans (PDF, JPEG, PNG) by default; spreadsheets (.xlsx) only where a page
/// imports one, after <see cref="SpreadsheetSafety"/> has checked the package.
[Flags]
public enum UploadKinds
{
    None = 0,
    Pdf = 1,
    Jpeg = 2,
    Png = 4,
    Scans = Pdf | Jpeg | Png,
    Spreadsheet = 8,
}

/// Keeps uploaded scans of dossier documents (PDF, JPEG, PNG) on disk under <see cref="FileStoreOptions.Root"/>, and
/// .xlsx workbooks for the callers that ask for them (<see cref="UploadKinds.Spreadsheet"/>).
/// The type is decided by the content, never by the name or the declared length; the name only has to agree with it.
/// Files are stored under generated names ("yyyy/MM/" and a random Guid) with nothing the user chose in the path, and
/// are read back only by a name of exactly that shape. Log lines carry the storage name, type and size, never the
/// original file name.
public sealed partial class FileStore
{
    public const string EmptyCode = "File.Empty";
    public const string TooLargeCode = "File.TooLarge";
    public const string TypeNotAllowedCode = "File.TypeNotAllowed";
    public const string NameDoesNotMatchContentCode = "File.NameDoesNotMatchContent";

    public const string PdfContentType = "application/pdf";
    public const string JpegContentType = "image/jpeg";
    public const string PngContentType = "image/png";
    public const string SpreadsheetContentType = SpreadsheetSafety.ContentType;

    /// The longest cleaned original name, extension included.
    public const int MaxFileNameLength = 150;

    private const int BytesPerMegabyte = 1024 * 1024;
    private const int ReadChunk = 81_920;

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    // Characters Windows refuses in file names, replaced so a downloaded file can be saved under its name anywhere.
    private static readonly SearchValues<char> Reserved = SearchValues.Create("<>:\"|?*");

    private readonly string _root;
    private readonly string _rootPrefix;
    private readonly long _maxBytes;
    private readonly SpreadsheetLimits _spreadsheet;
    private readonly TimeProvider _clock;
    private readonly ILogger<FileStore> _logger;

    public FileStore(FileStoreOptions options, TimeProvider clock, ILogger<FileStore> logger)
    {
        if (!Path.IsPathFullyQualified(options.Root))
        {
            throw new ArgumentException(
                "FileStoreOptions.Root must be a full path; AddFileStore resolves it against the content root.", nameof(options));
        }

        // The upload is buffered in memory (nothing touches the disk until it is accepted), so one array must hold it.
        if (options.MaxBytes < 1 || options.MaxBytes >= Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxBytes, "Files:MaxBytes must be at least 1 and below 2 GB.");
        }

        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.Root));
        _rootPrefix = Path.EndsInDirectorySeparator(_root) ? _root : _root + Path.DirectorySeparatorChar;
        _maxBytes = options.MaxBytes;
        _spreadsheet = options.Spreadsheet ?? new SpreadsheetLimits();
        _clock = clock;
        _logger = logger;
    }

    private enum FileKind
    {
        Unknown,
        Pdf,
        Jpeg,
        Png,
        Xlsx,
    }

    /// Reads at most MaxBytes + 1 bytes of <paramref name="content"/> (whatever length it claims), checks it and, when
    /// it is a PDF, JPEG or PNG whose name's extension says the same, writes it to a temp file beside its final place,
    /// flushes it to disk and moves it into place. A refused file leaves nothing on disk; the error has no field.
    /// Input/output failures and cancellation throw, after removing the temp file.
    public Task<FileSaveResult> SaveAsync(Stream content, string originalFileName, CancellationToken ct) =>
        SaveAsync(content, originalFileName, UploadKinds.Scans, ct);

    /// As <see cref="SaveAsync(Stream, string, CancellationToken)"/>, for the kinds the caller accepts. A spreadsheet
    /// must be a zip whose content passes <see cref="SpreadsheetSafety.Check"/> (in memory, before anything is written).
    public async Task<FileSaveResult> SaveAsync(Stream content, string originalFileName, UploadKinds accepted, CancellationToken ct)
    {
        var fileName = CleanFileName(originalFileName);
        var claimed = KindOfExtension(Path.GetExtension(fileName));
        if (claimed == FileKind.Unknown || (accepted & KindFlag(claimed)) == 0)
        {
            return Refuse(new DomainError(TypeNotAllowedCode));
        }

        var (buffer, length) = await ReadAtMostAsync(content, _maxBytes + 1, ct);
        var bytes = buffer.AsMemory(0, length);
        if (length == 0)
        {
            return Refuse(new DomainError(EmptyCode));
        }

        if (length > _maxBytes)
        {
            return Refuse(new DomainError(TooLargeCode, null, (int)(_maxBytes / BytesPerMegabyte)));
        }

        var kind = Sniff(bytes.Span);
        if (kind == FileKind.Unknown || (accepted & KindFlag(kind)) == 0)
        {
            return Refuse(new DomainError(TypeNotAllowedCode));
        }

        if (kind != claimed)
        {
            return Refuse(new DomainError(NameDoesNotMatchContentCode));
        }

        if (kind == FileKind.Xlsx)
        {
            using var package = new MemoryStream(buffer, 0, length, writable: false);
            if (SpreadsheetSafety.Check(package, _spreadsheet) is { } unsafeSpreadsheet)
            {
                return Refuse(unsafeSpreadsheet);
            }
        }

        var now = _clock.GetUtcNow();
        var storageName = string.Create(
            CultureInfo.InvariantCulture, $"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}");
        var finalPath = PathOf(storageName);
        var folder = Path.GetDirectoryName(finalPath)!;
        Directory.CreateDirectory(folder);

        var tempPath = Path.Combine(folder, $".{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(
                tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.Asynchronous))
            {
                await file.WriteAsync(bytes, ct);
                file.Flush(flushToDisk: true);
            }

            File.Move(tempPath, finalPath, overwrite: false);
        }
        finally
        {
            if (File.Exists(tempPath))
            {
                File.Delete(tempPath);
            }
        }

        var stored = new StoredFile(storageName, fileName, ContentTypeOf(kind), length, Convert.ToHexStringLower(SHA256.HashData(bytes.Span)));
        _logger.LogInformation("Stored a {ContentType} file of {Length} bytes as {StorageName}", stored.ContentType, stored.Length, storageName);
        return FileSaveResult.Success(stored);
    }

    /// Opens a stored file for reading, or returns null when <paramref name="storageName"/> is not exactly of the
    /// generated shape ("yyyy/MM/" and 32 lower-case hex digits) or no such file exists.
    public Stream? OpenRead(string storageName)
    {
        if (string.IsNullOrEmpty(storageName) || !StorageNamePattern().IsMatch(storageName))
        {
            return null;
        }

        var path = PathOf(storageName);
        if (!path.StartsWith(_rootPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.Asynchronous);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// The original name made safe to show and to offer on download: the last path segment only (either slash),
    /// without control or formatting characters (so no right-to-left override can disguise the extension), Windows'
    /// reserved characters replaced by '_', trimmed of spaces and trailing dots, in Unicode normal form C, at most
    /// <see cref="MaxFileNameLength"/> characters with the extension kept. "file" when nothing is left.
    public static string CleanFileName(string name)
    {
        const string Fallback = "file";
        if (string.IsNullOrEmpty(name))
        {
            return Fallback;
        }

        var lastSlash = name.AsSpan().LastIndexOfAny('/', '\\');
        var segment = lastSlash >= 0 ? name[(lastSlash + 1)..] : name;

        var builder = new StringBuilder(segment.Length);
        foreach (var c in segment.Normalize(NormalizationForm.FormC))
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                continue;
            }

            builder.Append(Reserved.Contains(c) ? '_' : char.IsWhiteSpace(c) ? ' ' : c);
        }

        var cleaned = builder.ToString().Trim().TrimEnd('.', ' ');
        if (cleaned.Length == 0)
        {
            return Fallback;
        }

        var extension = Path.GetExtension(cleaned);
        if (extension.Length > 20)
        {
            extension = string.Empty;
        }

        var stem = cleaned[..^extension.Length].TrimEnd();
        if (stem.Length == 0)
        {
            stem = Fallback;
        }

        var room = MaxFileNameLength - extension.Length;
        if (stem.Length > room)
        {
            // Never cut between the two halves of a surrogate pair.
            var cut = char.IsHighSurrogate(stem[room - 1]) ? room - 1 : room;
            stem = stem[..cut].TrimEnd();
        }

        return stem + extension;
    }

    [GeneratedRegex(@"\A[0-9]{4}/(0[1-9]|1[0-2])/[0-9a-f]{32}\z", RegexOptions.CultureInvariant)]
    private static partial Regex StorageNamePattern();

    private static async Task<(byte[] Buffer, int Length)> ReadAtMostAsync(Stream content, long limit, CancellationToken ct)
    {
        var buffer = new byte[(int)Math.Min(limit, ReadChunk)];
        var length = 0;
        while (length < limit)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(limit, (long)buffer.Length * 2));
            }

            var read = await content.ReadAsync(buffer.AsMemory(length, buffer.Length - length), ct);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        return (buffer, length);
    }

    private static FileKind Sniff(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(PdfSignature) ? FileKind.Pdf
        : bytes.StartsWith(JpegSignature) ? FileKind.Jpeg
        : bytes.StartsWith(PngSignature) ? FileKind.Png
        : bytes.StartsWith(ZipSignature) ? FileKind.Xlsx
        : FileKind.Unknown;

    private static FileKind KindOfExtension(string extension) => extension.ToUpperInvariant() switch
    {
        ".PDF" => FileKind.Pdf,
        ".JPG" or ".JPEG" => FileKind.Jpeg,
        ".PNG" => FileKind.Png,
        ".XLSX" => FileKind.Xlsx,
        _ => FileKind.Unknown,
    };

    private static UploadKinds KindFlag(FileKind kind) => kind switch
    {
        FileKind.Pdf => UploadKinds.Pdf,
        FileKind.Jpeg => UploadKinds.Jpeg,
        FileKind.Png => UploadKinds.Png,
        FileKind.Xlsx => UploadKinds.Spreadsheet,
        _ => UploadKinds.None,
    };

    private static string ContentTypeOf(FileKind kind) => kind switch
    {
        FileKind.Pdf => PdfContentType,
        FileKind.Jpeg => JpegContentType,
        FileKind.Png => PngContentType,
        FileKind.Xlsx => SpreadsheetContentType,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private string PathOf(string storageName) =>
        Path.GetFullPath(Path.Combine(_root, storageName.Replace('/', Path.DirectorySeparatorChar)));

    private FileSaveResult Refuse(DomainError error)
    {
        _logger.LogInformation("Refused an uploaded file: {Code}", error.Code);
        return FileSaveResult.Fail(error);
    }
}
