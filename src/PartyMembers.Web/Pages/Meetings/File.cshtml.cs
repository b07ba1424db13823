using Microsoft.AspNetCore.Mvc;
using PartyMembers.Infrastructure.Files;
using PartyMembers.Web.Features.Meetings;
using PartyMembers.Web.Features.Members;

namespace PartyMembers.Web.Pages.Meetings;

/// Downloads a meeting's document, always as an attachment, for the member readers who can see the meeting.
public sealed class FileModel(MeetingAccess access, FileStore files) : AppPageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid? file)
    {
        var loaded = await access.LoadAsync(id);
        if (loaded.Access != Access.Granted)
        {
            return loaded.Access == Access.NotFound ? NotFound() : Forbid();
        }

        var document = file is { } fileId ? loaded.Value.Documents.FirstOrDefault(d => d.Id == fileId) : null;
        if (document is null || files.OpenRead(document.StorageName) is not { } stream)
        {
            return NotFound();
        }

        await JournalAsync(PartyMembers.Infrastructure.Auditing.AccessKind.Export, "MeetingDocument", $"{id},{document.Id}", null);
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(stream, document.ContentType, document.FileName);
    }
}
