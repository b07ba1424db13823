using Microsoft.AspNetCore.Mvc;
using PartyMembers.Infrastructure.Files;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Features.Members;

namespace PartyMembers.Web.Pages.Admission;

/// Downloads the scan of a dossier document, always as an attachment, for the member readers who can see the case.
public sealed class AttachmentModel(AdmissionAccess access, FileStore files) : AppPageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid? file)
    {
        var loaded = await access.LoadAsync(id);
        if (loaded.Access != Access.Granted)
        {
            return loaded.Access == Access.NotFound ? NotFound() : Forbid();
        }

        var attachment = file is { } fileId ? loaded.Value.Attachments.FirstOrDefault(a => a.Id == fileId) : null;
        if (attachment is null)
        {
            return NotFound();
        }

        // A scan of the résumé, an introducer's letter, the opinion summary or the verification results is family and
        // political history: only the roles of the field-level rule download it (docs/security.md).
        var document = loaded.Value.Documents.FirstOrDefault(d => d.Id == attachment.DocumentId);
        if (document is not null && AdmissionFields.IsFamilyAndPoliticalHistory(document.Kind)
            && !FieldAccess.From(loaded.Covering).FamilyAndPoliticalHistory)
        {
            return Forbid();
        }

        if (files.OpenRead(attachment.StorageName) is not { } stream)
        {
            return NotFound();
        }

        await JournalAsync(PartyMembers.Infrastructure.Auditing.AccessKind.Export, "AdmissionAttachment", $"{id},{attachment.Id}", loaded.Value.MemberId);
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(stream, attachment.ContentType, attachment.FileName);
    }
}
