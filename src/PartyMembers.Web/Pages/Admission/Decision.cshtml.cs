using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Admission;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Features.Documents;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Admission;

/// The admission decision (or, with ?phase=Recognition, the recognition decision) of a case in the official layout,
/// to print or to download as .docx. Readers of the case may see it.
public sealed class DecisionModel(AdmissionAccess access) : AppPageModel
{
    public AdmissionCase Case { get; private set; } = null!;

    public PartyDocument Document { get; private set; } = null!;

    public string? Phase { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? phase, string? format)
    {
        var loaded = await access.LoadAsync(id);
        if (loaded.Access != Access.Granted)
        {
            return loaded.Access == Access.NotFound ? NotFound() : Forbid();
        }

        Case = loaded.Value;
        var recognition = string.Equals(phase, nameof(AdmissionPhase.Recognition), StringComparison.OrdinalIgnoreCase);
        var decision = recognition ? Case.RecognitionDecision : Case.AdmissionDecision;
        if (decision is null)
        {
            return NotFound();
        }

        Phase = recognition ? nameof(AdmissionPhase.Recognition) : null;
        DateOnly? officialFrom = null;
        if (recognition && Case.CeremonyDate is { } ceremony)
        {
            officialFrom = (await access.DeadlinesAsync()).ProbationEnd(ceremony);
        }

        Document = DecisionDocument.Build(Case, decision, loaded.Cell!.Name, officialFrom);
        var docx = string.Equals(format, "docx", StringComparison.OrdinalIgnoreCase);
        await JournalAsync(docx ? PartyMembers.Infrastructure.Auditing.AccessKind.Export : PartyMembers.Infrastructure.Auditing.AccessKind.View,
            "AdmissionDecision", Case.Id.ToString(), Case.MemberId);
        if (docx)
        {
            return File(DocxWriter.ToArray(Document), DocxWriter.ContentType, DecisionDocument.FileName(decision));
        }

        var title = recognition ? T["Admission.RecognitionDecision"] : T["Admission.Decision"];
        ViewData["Title"] = title;
        ViewData["Breadcrumb"] = new List<Breadcrumb>
        {
            new(T["Admission.Title"], "/Admission"), new(Case.FullName, $"/Admission/Details/{Case.Id}"), new(title),
        };
        return Page();
    }
}
