namespace PartyMembers.Infrastructure.Files;

/// The "Files" configuration section: where uploaded scans are kept and how large one may be.
public sealed class FileStoreOptions
{
    public const string Section = "Files";

    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// The folder the files live in. A relative path is resolved against the content root by
    /// <see cref="FileStoreServiceCollectionExtensions.AddFileStore"/>; <see cref="FileStore"/> requires a full path.
    public string Root { get; set; } = "App_Data/files";

    /// The largest file accepted, in bytes. An upload is read into memory before anything is written, so keep it modest.
    public long MaxBytes { get; set; } = DefaultMaxBytes;

    /// What an .xlsx must keep before it is read ("Files:Spreadsheet"; docs/security.md, "Input").
    public SpreadsheetLimits Spreadsheet { get; set; } = new();
}
