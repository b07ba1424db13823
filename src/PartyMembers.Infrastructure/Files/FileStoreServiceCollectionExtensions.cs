using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PartyMembers.Infrastructure.Files;

public static class FileStoreServiceCollectionExtensions
{
    /// Registers <see cref="FileStoreOptions"/> (the "Files" section, its root resolved against the content root) and
    /// the <see cref="FileStore"/> singleton. Logging is the host's.
    public static IServiceCollection AddFileStore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetSection(FileStoreOptions.Section).Get<FileStoreOptions>() ?? new FileStoreOptions();
        var root = string.IsNullOrWhiteSpace(configured.Root) ? new FileStoreOptions().Root : configured.Root;
        var options = new FileStoreOptions
        {
            Root = Path.GetFullPath(root, contentRoot),
            MaxBytes = configured.MaxBytes,
            Spreadsheet = configured.Spreadsheet ?? new SpreadsheetLimits(),
        };

        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FileStore>();
        return services;
    }
}
