using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Admission;
using PartyMembers.Infrastructure.Files;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Admission;

/// The cell secretary records a document of the dossier as received, with an optional scan (PDF, JPEG or PNG). A scan
/// the store refuses leaves nothing saved.
[RequestSizeLimit(FileStoreOptions.DefaultMaxBytes + (1024 * 1024))]
public sealed class DocumentModel(AdmissionAccess access, PartyMembersDbContext db, FileStore files, IValidator<DocumentModel.DocumentInput> validator)
    : CaseStepPageModel(access, db)
{
    [BindProperty]
    public DocumentInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    protected override IReadOnlyList<AdmissionTrigger> Triggers { get; } = [];

    protected override string TitleKey => "AdmissionVotes.Document.Title";

    protected override bool AcceptsData(AdmissionCase c) => c.Stage is AdmissionStage.DossierPermitted or AdmissionStage.DossierOpen;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareGetAsync(id) is { } refused)
        {
            return refused;
        }
        Input.ReceivedOn = Access.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PreparePostAsync(id, validator, Input) is { } refused)
        {
            return refused;
        }

        var added = Case.AddDocument(Input.Kind!.Value, Input.ReceivedOn!.Value, Input.Note, Stamp());
        if (!added.Succeeded)
        {
            ShowErrors(added.Errors);
            return Page();
        }

        if (Upload is { } upload)
        {
            FileSaveResult stored;
            await using (var content = upload.OpenReadStream())
            {
                stored = await files.SaveAsync(content, upload.FileName, HttpContext.RequestAborted);
            }

            if (!stored.Succeeded)
            {
                ShowErrors([stored.Error with { Field = nameof(Upload) }], string.Empty);
                return Page();
            }

            var file = stored.File;
            var attached = Case.Attach(added.Value!.Id, new StoredFileInfo(file.FileName, file.ContentType, file.Length, file.Sha256, file.StorageName), Stamp());
            if (!attached.Succeeded)
            {
                ShowErrors(attached.Errors);
                return Page();
            }
        }

        return await SaveAsync("AdmissionVotes.Audit.Document", "Status.Admission.Saved", () => PrepareAsync(id, track: false));
    }

    public sealed class DocumentInput
    {
        public DossierItemKind? Kind { get; set; }

        public DateOnly? ReceivedOn { get; set; }

        public string? Note { get; set; }
    }

    public sealed class DocumentValidator : AbstractValidator<DocumentInput>
    {
        public DocumentValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.Kind).NotNull().WithMessage(_ => texts["AdmissionVotes.Error.KindRequired"]);
            RuleFor(x => x.ReceivedOn).NotNull().WithMessage(_ => texts["Error.Admission.DateRequired"]);
        }
    }
}
