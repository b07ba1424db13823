using System.Diagnostics.CodeAnalysis;
using PartyMembers.Domain.Common;

namespace PartyMembers.Infrastructure.Files;

/// A file kept by <see cref="FileStore"/>. <see cref="StorageName"/> is generated ("yyyy/MM/" and a random Guid) and is
/// the only thing needed to read it back; <see cref="FileName"/> is the cleaned original name, for display and download.
public sealed record StoredFile(string StorageName, string FileName, string ContentType, long Length, string Sha256);

/// The outcome of <see cref="FileStore.SaveAsync(Stream, string, UploadKinds, CancellationToken)"/>: the stored file, or the reason it was refused (nothing is written).
public sealed class FileSaveResult
{
    private FileSaveResult(StoredFile? file, DomainError? error)
    {
        File = file;
        Error = error;
    }

    public StoredFile? File { get; }

    /// One of <see cref="FileStore.EmptyCode"/>, <see cref="FileStore.TooLargeCode"/>,
    /// <see cref="FileStore.TypeNotAllowedCode"/>, <see cref="FileStore.NameDoesNotMatchContentCode"/>, with no field:
    /// the caller knows which input the file came from.
    public DomainError? Error { get; }

    [MemberNotNullWhen(true, nameof(File))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => File is not null;

    public static FileSaveResult Success(StoredFile file) => new(file, null);

    public static FileSaveResult Fail(DomainError error) => new(null, error);
}
