using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PartyMembers.Infrastructure.Files;

namespace PartyMembers.Infrastructure.Tests.Files;

/// The file store on a real temp folder: what it accepts, what it refuses (leaving nothing behind), and that only
/// generated names can be read back.
public sealed class FileStoreTests : IDisposable
{
    private const int MiB = 1024 * 1024;

    private static readonly DateTimeOffset Now = new(2026, 6, 15, 3, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "partymembers-file-tests", Guid.NewGuid().ToString("N"));

    public FileStoreTests() => Directory.CreateDirectory(_folder);

    private string Root => Path.Combine(_folder, "store");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    public static TheoryData<string, string, string> AcceptedTypes => new()
    {
        { "pdf", "Quyết định kết nạp.pdf", "application/pdf" },
        { "pdf", "SCAN.PDF", "application/pdf" },
        { "jpeg", "ly-lich.jpg", "image/jpeg" },
        { "jpeg", "ly-lich.JPEG", "image/jpeg" },
        { "png", "don-xin.png", "image/png" },
        { "png", "don-xin.Png", "image/png" },
    };

    [Theory]
    [MemberData(nameof(AcceptedTypes))]
    public async Task An_accepted_file_round_trips_with_its_type_size_and_hash(string kind, string name, string contentType)
    {
        var store = CreateStore();
        var bytes = Sample(kind, 5000);

        var result = await store.SaveAsync(new MemoryStream(bytes), name, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Null(result.Error);
        Assert.Matches(@"\A2026/06/[0-9a-f]{32}\z", result.File.StorageName);
        Assert.Equal(contentType, result.File.ContentType);
        Assert.Equal(bytes.Length, result.File.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), result.File.Sha256);
        Assert.Equal(name.Normalize(NormalizationForm.FormC), result.File.FileName);

        await using (var read = store.OpenRead(result.File.StorageName))
        {
            Assert.NotNull(read);
            using var copy = new MemoryStream();
            await read.CopyToAsync(copy);
            Assert.Equal(bytes, copy.ToArray());
            Assert.Equal(result.File.Sha256, Convert.ToHexStringLower(SHA256.HashData(copy.ToArray())));
        }

        // The file sits at its storage name under the root, and no temp file is left beside it.
        var files = StoredFiles();
        Assert.Equal([Path.Combine(Root, "2026", "06", Path.GetFileName(result.File.StorageName))], files);
    }

    [Fact]
    public async Task Two_saves_of_the_same_content_get_different_names()
    {
        var store = CreateStore();
        var bytes = Sample("pdf", 100);

        var first = await store.SaveAsync(new MemoryStream(bytes), "a.pdf", CancellationToken.None);
        var second = await store.SaveAsync(new MemoryStream(bytes), "a.pdf", CancellationToken.None);

        Assert.True(first.Succeeded);
        Assert.True(second.Succeeded);
        Assert.NotEqual(first.File.StorageName, second.File.StorageName);
        Assert.Equal(first.File.Sha256, second.File.Sha256);
        Assert.Equal(2, StoredFiles().Count);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var store = CreateStore();

        var result = await store.SaveAsync(new MemoryStream(), "scan.pdf", CancellationToken.None);

        AssertRefused(result, "File.Empty");
    }

    [Fact]
    public async Task A_file_of_exactly_the_limit_is_accepted_and_one_byte_more_is_refused_with_the_limit_in_MB()
    {
        var store = CreateStore(); // the default limit, 10 MiB
        var atLimit = Sample("pdf", 10 * MiB);
        var overLimit = Sample("pdf", (10 * MiB) + 1);

        var accepted = await store.SaveAsync(new MemoryStream(atLimit), "at-limit.pdf", CancellationToken.None);
        Assert.True(accepted.Succeeded, accepted.Error?.ToString());
        Assert.Equal(10 * MiB, accepted.File.Length);
        Assert.Single(StoredFiles());

        var refused = await store.SaveAsync(new MemoryStream(overLimit), "over-limit.pdf", CancellationToken.None);
        Assert.False(refused.Succeeded);
        Assert.Equal("File.TooLarge", refused.Error.Code);
        Assert.Null(refused.Error.Field);
        Assert.Equal([10], refused.Error.Arguments);
        Assert.Single(StoredFiles());
    }

    [Fact]
    public async Task The_declared_length_is_not_trusted_and_no_more_than_the_limit_plus_one_byte_is_read()
    {
        var store = CreateStore(maxBytes: 1024);
        var endless = new CountingStream(Sample("pdf", 64), endless: true, claimedLength: 100);

        var result = await store.SaveAsync(endless, "scan.pdf", CancellationToken.None);

        AssertRefused(result, "File.TooLarge");
        Assert.Equal(1025, endless.BytesRead);
    }

    [Fact]
    public async Task A_stream_that_claims_to_be_empty_is_read_anyway()
    {
        var store = CreateStore();
        var bytes = Sample("png", 3000);

        var result = await store.SaveAsync(new CountingStream(bytes, endless: false, claimedLength: 0), "scan.png", CancellationToken.None);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(3000, result.File.Length);
    }

    public static TheoryData<string, byte[]> NotAllowedContent => new()
    {
        { "HTML", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>") },
        { "EXE", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF] },
        { "ZIP", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00] },
        { "PDF header after a byte", [0x20, .. "%PDF-1.7"u8.ToArray()] },
        { "JPEG cut short", [0xFF, 0xD8] },
        { "PNG with a wrong byte", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x00, 0x00] },
    };

    [Theory]
    [MemberData(nameof(NotAllowedContent))]
    public async Task Content_that_is_not_a_PDF_JPEG_or_PNG_is_refused_whatever_its_name(string what, byte[] bytes)
    {
        var store = CreateStore();

        foreach (var name in new[] { "scan.pdf", "scan.jpg", "scan.png" })
        {
            var result = await store.SaveAsync(new MemoryStream(bytes), name, CancellationToken.None);
            AssertRefused(result, "File.TypeNotAllowed", $"{what} named {name}");
        }
    }

    [Theory]
    [InlineData("png", "scan.pdf")]
    [InlineData("jpeg", "scan.pdf")]
    [InlineData("pdf", "scan.jpg")]
    [InlineData("png", "scan.jpeg")]
    [InlineData("pdf", "scan.png")]
    [InlineData("jpeg", "scan.PNG")]
    public async Task An_allowed_type_under_another_allowed_extension_is_not_what_its_name_says(string kind, string name)
    {
        var store = CreateStore();

        var result = await store.SaveAsync(new MemoryStream(Sample(kind, 200)), name, CancellationToken.None);

        AssertRefused(result, "File.NameDoesNotMatchContent");
    }

    [Theory]
    [InlineData("scan.exe")]
    [InlineData("scan.pdf.exe")]
    [InlineData("scan.html")]
    [InlineData("scan")]
    [InlineData("scan.pdf/")]
    [InlineData("")]
    [InlineData("scan.tiff")]
    public async Task A_name_without_an_allowed_extension_is_refused_even_with_PDF_content(string name)
    {
        var store = CreateStore();

        var result = await store.SaveAsync(new MemoryStream(Sample("pdf", 200)), name, CancellationToken.None);

        AssertRefused(result, "File.TypeNotAllowed");
    }

    [Fact]
    public async Task The_extension_is_taken_from_the_cleaned_name_so_a_hidden_override_cannot_disguise_it()
    {
        var store = CreateStore();

        // "scan" + RIGHT-TO-LEFT OVERRIDE + "fdp.exe" shows as "scanexe.pdf" but is an .exe name.
        var result = await store.SaveAsync(new MemoryStream(Sample("pdf", 200)), "scan\u202Efdp.exe", CancellationToken.None);

        AssertRefused(result, "File.TypeNotAllowed");
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("../secret.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("2026/11/..%2f")]
    [InlineData("2026/11/../../../secret.txt")]
    [InlineData("..\\secret.txt")]
    [InlineData("2026\\06\\0123456789abcdef0123456789abcdef")]
    [InlineData("2026/06/0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("2026/06/0123456789abcdef0123456789abcdef\n")]
    [InlineData("/2026/06/0123456789abcdef0123456789abcdef")]
    [InlineData("2026/06/0123456789abcdef0123456789abcdef/..")]
    [InlineData("2026/13/0123456789abcdef0123456789abcdef")]
    [InlineData("2026/6/0123456789abcdef0123456789abcdef")]
    [InlineData("")]
    public async Task Only_names_of_the_generated_shape_can_be_opened(string storageName)
    {
        var store = CreateStore();
        var saved = await store.SaveAsync(new MemoryStream(Sample("pdf", 100)), "a.pdf", CancellationToken.None);
        Assert.True(saved.Succeeded);
        // Files a traversal would reach: one beside the root, and one inside it under a name of the wrong shape.
        await File.WriteAllTextAsync(Path.Combine(_folder, "secret.txt"), "outside the store");
        Directory.CreateDirectory(Path.Combine(Root, "2026", "06"));
        await File.WriteAllTextAsync(Path.Combine(Root, "2026", "06", "0123456789ABCDEF0123456789ABCDEF"), "wrong shape");
        if (!OperatingSystem.IsWindows())
        {
            await File.WriteAllTextAsync(Path.Combine(Root, "2026", "06", "0123456789abcdef0123456789abcdef\n"), "wrong shape");
        }

        Assert.True(File.Exists(Path.Combine(Root, "..", "secret.txt")));
        await using (var real = store.OpenRead(saved.File.StorageName))
        {
            Assert.NotNull(real);
        }

        Assert.Null(store.OpenRead(storageName));
    }

    [Fact]
    public void An_absolute_path_to_a_file_outside_the_store_is_not_opened()
    {
        var store = CreateStore();
        var outside = Path.Combine(_folder, "secret.txt");
        File.WriteAllText(outside, "outside the store");

        Assert.Null(store.OpenRead(outside));
    }

    [Fact]
    public void A_well_formed_name_that_was_never_stored_is_not_found()
    {
        var store = CreateStore();

        Assert.Null(store.OpenRead("2026/06/0123456789abcdef0123456789abcdef"));
        Assert.False(Directory.Exists(Root));
    }

    [Theory]
    [InlineData("scan.pdf", "scan.pdf")]
    [InlineData(@"C:\Users\an\Documents\scan.pdf", "scan.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("folder/sub\\don.png", "don.png")]
    [InlineData("a\u0000b\r\n\t.pdf", "ab.pdf")]
    [InlineData("scan\u202Efdp.exe", "scanfdp.exe")]
    [InlineData("  bìa hồ sơ .pdf  ", "bìa hồ sơ.pdf")]
    [InlineData("scan.pdf...", "scan.pdf")]
    [InlineData("what?<is>:this|\"*.jpg", "what__is__this___.jpg")]
    [InlineData(".pdf", "file.pdf")]
    [InlineData("", "file")]
    [InlineData("   ", "file")]
    [InlineData("..", "file")]
    [InlineData("docs/", "file")]
    [InlineData("\u0001\u0002", "file")]
    public void CleanFileName_keeps_only_a_safe_last_segment(string name, string expected)
    {
        Assert.Equal(expected, FileStore.CleanFileName(name));
    }

    [Fact]
    public void CleanFileName_composes_decomposed_Vietnamese()
    {
        var decomposed = "Sơ yếu lý lịch.pdf".Normalize(NormalizationForm.FormD);

        var cleaned = FileStore.CleanFileName(decomposed);

        Assert.Equal("Sơ yếu lý lịch.pdf".Normalize(NormalizationForm.FormC), cleaned);
        Assert.True(cleaned.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void CleanFileName_cuts_a_long_name_to_150_characters_keeping_the_extension()
    {
        var cleaned = FileStore.CleanFileName(new string('a', 300) + ".jpeg");

        Assert.Equal(150, cleaned.Length);
        Assert.Equal(new string('a', 145) + ".jpeg", cleaned);
    }

    [Fact]
    public void CleanFileName_does_not_split_a_surrogate_pair_when_cutting()
    {
        // 145 letters, then emoji (two chars each): the cut at 146 characters would fall inside the first emoji.
        var name = new string('a', 145) + string.Concat(Enumerable.Repeat("\U0001F600", 10)) + ".pdf";

        var cleaned = FileStore.CleanFileName(name);

        Assert.True(cleaned.Length <= 150);
        Assert.EndsWith(".pdf", cleaned, StringComparison.Ordinal);
        Assert.Equal(new string('a', 145) + ".pdf", cleaned);
    }

    [Fact]
    public async Task AddFileStore_resolves_a_relative_root_against_the_content_root_and_binds_the_limit()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Files:Root"] = "data/scans", ["Files:MaxBytes"] = "2048" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddFileStore(configuration, _folder);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        var options = provider.GetRequiredService<FileStoreOptions>();
        Assert.Equal(Path.Combine(_folder, "data", "scans"), options.Root);
        Assert.Equal(2048, options.MaxBytes);

        var store = provider.GetRequiredService<FileStore>();
        Assert.Same(store, provider.GetRequiredService<FileStore>());
        var saved = await store.SaveAsync(new MemoryStream(Sample("jpeg", 2048)), "a.jpg", CancellationToken.None);
        Assert.True(saved.Succeeded, saved.Error?.ToString());
        Assert.True(File.Exists(Path.Combine(_folder, "data", "scans", saved.File.StorageName)));
        var refused = await store.SaveAsync(new MemoryStream(Sample("jpeg", 2049)), "a.jpg", CancellationToken.None);
        Assert.Equal("File.TooLarge", refused.Error?.Code);
    }

    [Fact]
    public void AddFileStore_defaults_to_App_Data_files_and_10_MiB()
    {
        var services = new ServiceCollection();
        services.AddFileStore(new ConfigurationBuilder().Build(), _folder);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<FileStoreOptions>();
        Assert.Equal(Path.Combine(_folder, "App_Data", "files"), options.Root);
        Assert.Equal(10 * MiB, options.MaxBytes);
    }

    [Fact]
    public void A_relative_root_or_a_limit_below_one_byte_is_refused_at_construction()
    {
        Assert.Throws<ArgumentException>(() =>
            new FileStore(new FileStoreOptions { Root = "App_Data/files" }, TimeProvider.System, NullLogger<FileStore>.Instance));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new FileStore(new FileStoreOptions { Root = Root, MaxBytes = 0 }, TimeProvider.System, NullLogger<FileStore>.Instance));
    }

    private FileStore CreateStore(long maxBytes = FileStoreOptions.DefaultMaxBytes) =>
        new(new FileStoreOptions { Root = Root, MaxBytes = maxBytes }, new FakeTimeProvider(Now), NullLogger<FileStore>.Instance);

    private List<string> StoredFiles() =>
        Directory.Exists(Root) ? [.. Directory.EnumerateFileSystemEntries(Root, "*", SearchOption.AllDirectories).Where(File.Exists)] : [];

    private void AssertRefused(FileSaveResult result, string code, string? because = null)
    {
        Assert.False(result.Succeeded, because);
        Assert.Null(result.File);
        Assert.Equal(code, result.Error.Code);
        Assert.Null(result.Error.Field);
        // A refused file leaves nothing behind: no file, no temp file, not even a folder.
        Assert.False(Directory.Exists(Root) && Directory.EnumerateFileSystemEntries(Root, "*", SearchOption.AllDirectories).Any(), because);
    }

    /// Bytes that start with the signature of <paramref name="kind"/>, filled with a pattern, exactly
    /// <paramref name="length"/> long.
    private static byte[] Sample(string kind, int length)
    {
        byte[] signature = kind switch
        {
            "pdf" => "%PDF-1.7\n%âãÏÓ\n"u8.ToArray(),
            "jpeg" => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00],
            "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52],
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)(i * 31 % 251);
        }

        signature.AsSpan(0, Math.Min(signature.Length, length)).CopyTo(bytes);
        return bytes;
    }

    /// A stream that lies about its length (and claims it can seek, so the length looks trustworthy) and counts what is
    /// read from it; endless, it repeats its bytes forever.
    private sealed class CountingStream(byte[] bytes, bool endless, long claimedLength) : Stream
    {
        private long _position;

        public long BytesRead => _position;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => claimedLength;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var written = 0;
            while (written < buffer.Length && (endless || _position < bytes.Length))
            {
                buffer[written++] = bytes[(int)(_position++ % bytes.Length)];
            }

            return written;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
