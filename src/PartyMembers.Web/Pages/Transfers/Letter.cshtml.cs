using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Organisation;
using PartyMembers.Domain.Transfers;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Documents;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.Rules;
using PartyMembers.Web.Features.Transfers;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Transfers;

/// The transfer letter, or (?paper=NoticeUpper / NoticeGrassroots) one of the two notices of an official transfer
/// out, in the official layout, to print or (?format=docx) to download. Readers of the case may see it.
public sealed class LetterModel(TransferAccess access, PartyMembersDbContext db, RuleBookProvider rules, CurrentUser currentUser) : AppPageModel
{
    public TransferCase Case { get; private set; } = null!;

    public PartyDocument Document { get; private set; } = null!;

    public TransferPaper Paper { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? paper, string? format)
    {
        var loaded = await access.LoadAsync(id);
        if (loaded.Access != Access.Granted)
        {
            return loaded.Access == Access.NotFound ? NotFound() : Forbid();
        }

        Case = loaded.Value;
        Paper = Enum.TryParse<TransferPaper>(paper, ignoreCase: true, out var p) && Enum.IsDefined(p) ? p : TransferPaper.Letter;
        if (Case.LetterNumber is null || (Paper != TransferPaper.Letter && Case.Kind != TransferKind.OfficialOut))
        {
            return NotFound();
        }

        var member = Case.MemberId is { } memberId
            ? await db.Members.AsNoTracking().Where(m => m.Id == memberId)
                .Select(m => new { m.CardNumber, m.ResumeNumber, m.AdmissionDecisionDate, m.OfficialDate }).FirstOrDefaultAsync()
            : null;
        var fromChain = loaded.From is { } from ? await access.AncestryAsync(from) : [];
        var toChain = loaded.To is { } to ? await access.AncestryAsync(to) : [];
        // A 12-digit card number is the personal ID: hidden, in the page and the .docx, from a reader without the right
        // over the sending or the receiving cell (docs/security.md "Field-level rules").
        var sees = (loaded.From is { } f && (await currentUser.ForUnitAsync(f.Path)).PersonalId)
                   || (loaded.To is { } t && (await currentUser.ForUnitAsync(t.Path)).PersonalId);
        var card = FieldAccess.CardNumberFor(new FieldView(sees, false), member?.CardNumber, T[FieldAccess.HiddenKey]);
        var facts = new TransferPaperFacts(
            card, member?.ResumeNumber, member?.AdmissionDecisionDate, member?.OfficialDate,
            loaded.From?.Name ?? string.Empty, Grassroots(fromChain) ?? loaded.From?.Name ?? string.Empty,
            (fromChain.Count > 0 ? fromChain[0].Name : null) ?? Case.LetterIssuerName ?? string.Empty, loaded.To?.Name, Grassroots(toChain));
        var form = (await rules.RulesAsync()).Find("Forms.TransferNotice", Case.LetterDate!.Value)?.Value ?? string.Empty;
        Document = TransferDocuments.Build(Case, Paper, facts, form);
        var docx = string.Equals(format, "docx", StringComparison.OrdinalIgnoreCase);
        await JournalAsync(docx ? PartyMembers.Infrastructure.Auditing.AccessKind.Export : PartyMembers.Infrastructure.Auditing.AccessKind.View,
            "TransferLetter", Case.Id.ToString(), Case.MemberId);
        if (docx)
        {
            return File(DocxWriter.ToArray(Document), DocxWriter.ContentType, TransferDocuments.FileName(Case, Paper));
        }

        var title = T["Transfers.Paper." + Paper];
        ViewData["Title"] = title;
        ViewData["Breadcrumb"] = new List<Breadcrumb>
        {
            new(T["Transfers.Title"], "/Transfers"), new(Case.MemberName, $"/Transfers/Details/{Case.Id}"), new(title),
        };
        return Page();
    }

    private static string? Grassroots(IReadOnlyList<UnitInfo> chain) => chain.LastOrDefault(u => UnitTypeRules.IsGrassroots(u.Type))?.Name;
}
