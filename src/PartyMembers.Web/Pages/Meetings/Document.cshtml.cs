using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Admission;
using PartyMembers.Infrastructure.Files;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Meetings;

namespace PartyMembers.Web.Pages.Meetings;

/// Adds a document to a meeting (agenda, report, minutes, resolution) as a PDF, JPEG or PNG whose content the file
/// store checks. A refused file leaves nothing saved.
[RequestSizeLimit(FileStoreOptions.DefaultMaxBytes + (1024 * 1024))]
public sealed class DocumentModel(MeetingAccess access, PartyMembersDbContext db, FileStore files) : MeetingPageModel(access, db)
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    protected override string TitleKey => "Meetings.Document.Title";

    public async Task<IActionResult> OnGetAsync(Guid id) => await PrepareGetAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PrepareAsync(id, track: true) is { } refused)
        {
            return refused;
        }

        if (Upload is null)
        {
            ModelState.AddModelError(nameof(Upload), T["Error.Meeting.FileRequired"]);
        }

        if (string.IsNullOrWhiteSpace(Title))
        {
            ModelState.AddModelError(nameof(Title), T["Error.Meeting.DocumentTitleRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        FileSaveResult stored;
        await using (var content = Upload!.OpenReadStream())
        {
            stored = await files.SaveAsync(content, Upload.FileName, HttpContext.RequestAborted);
        }

        if (!stored.Succeeded)
        {
            AddErrors([stored.Error with { Field = nameof(Upload) }], string.Empty);
            return Page();
        }

        var file = stored.File;
        var added = Meeting.AddDocument(Title, new StoredFileInfo(file.FileName, file.ContentType, file.Length, file.Sha256, file.StorageName), Stamp());
        return await SaveOrShowAsync(added.Succeeded ? Domain.Common.Result.Success() : Domain.Common.Result.Fail(added.Errors),
            "Meetings.Audit.Document", prefix: string.Empty);
    }
}
