using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PartyMembers.Infrastructure.Persistence.Backups;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Areas.Admin.Pages.Backups;

/// The database copies kept on the server (docs/user-guide/admin-backups.md): when each was made, its size and what the
/// integrity check said, and a button to make one now. There is no download: a copy holds every member's record and the
/// administrator never sees member data; the files stay on the server for the operator's restore procedure.
public sealed class IndexModel(SqliteBackupService backups, CurrentUser user) : AppPageModel
{
    public bool IsSupported => backups.IsSupported;

    public int Keep => backups.Keep;

    public IReadOnlyList<BackupFile> Files { get; private set; } = [];

    public void OnGet() => Files = backups.List();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!backups.IsSupported)
        {
            ModelState.AddModelError(string.Empty, T["Backups.SqlServer"]);
            Files = [];
            return Page();
        }

        var result = await backups.CreateAsync("user:" + (user.UserId?.ToString() ?? "unknown"), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, T["Backups.Failed", result.IntegrityCheck]);
            Files = backups.List();
            return Page();
        }

        StatusMessage = T["Backups.Status.Made", result.FileName!, Size(result.SizeBytes)];
        return RedirectToPage("Index");
    }

    /// Sizes in MB with one decimal (a backup of the demo database is a few MB; a province's a few hundred).
    public static string Size(long bytes) =>
        (bytes / 1024d / 1024d).ToString("N1", CultureInfo.CurrentCulture) + " MB";
}
