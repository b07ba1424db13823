using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Admission;

/// The competent committee (the standing committee, or the grassroots committee authorised to admit) votes and, when
/// the vote passes, issues the decision: admission, or recognition in the recognition phase (Q294 §4.3; HD06 §3.7).
public sealed class DecideModel(AdmissionAccess access, PartyMembersDbContext db, IValidator<DecideModel.DecideInput> validator)
    : CaseStepPageModel(access, db)
{
    [BindProperty]
    public DecideInput Input { get; set; } = new();

    protected override IReadOnlyList<AdmissionTrigger> Triggers { get; } = [AdmissionTrigger.Decide, AdmissionTrigger.RecognitionDecide];

    protected override string TitleKey => Trigger == AdmissionTrigger.RecognitionDecide
        ? "Enum.AdmissionTrigger.RecognitionDecide"
        : "Enum.AdmissionTrigger.Decide";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareGetAsync(id) is { } refused)
        {
            return refused;
        }
        Input.MeetingDate = Access.Today;
        Input.Date = Access.Today;
        Input.Number = await SuggestNumberAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PrepareAsync(id, track: true) is { } refused)
        {
            return refused;
        }

        AddValidation(await validator.ValidateAsync(Input));
        var excluded = ExcludedRows.Read(Input.Excluded, ModelState, T);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var tally = new VoteTally
        {
            Level = Chain.Decider,
            Registered = Input.Registered!.Value,
            Excluded = excluded,
            Present = Input.Present!.Value,
            InFavour = Input.InFavour!.Value,
            Against = Input.Against!.Value,
        };
        var vote = new VoteInput(Input.MeetingDate!.Value, null, tally, Input.Note);
        DecisionInput? decision = null;
        if (Input.Date is { } decisionDate)
        {
            decision = new DecisionInput(Acting.UnitId, Acting.UnitName, Input.Number?.Trim() ?? string.Empty, decisionDate,
                Input.Signer ?? string.Empty, Input.ReceivedOn ?? decisionDate, Input.ExtensionReason);
            var number = decision.Number;
            if (number.Length > 0
                && await Db.AdmissionDecisions.AnyAsync(d => d.IssuerUnitId == Acting.UnitId && d.Year == decisionDate.Year && d.Number == number))
            {
                ModelState.AddModelError("Input.Number", T["Error.AdmissionDecision.NumberUsed", number, decisionDate.Year]);
                return Page();
            }
        }

        Member? member = null;
        if (Case.IsRecognitionPhase && Case.MemberId is { } memberId)
        {
            member = await Db.Members.FirstOrDefaultAsync(m => m.Id == memberId);
        }

        var result = Case.Decide(vote, decision, Chain, await Access.DeadlinesAsync(), Stamp(), member);
        if (!result.Succeeded)
        {
            ShowErrors(result.Errors);
            if (decision is null && result.Errors.Any(e => e.Code == "Decision.NumberRequired") && !HasError("Input.Date"))
            {
                ModelState.AddModelError("Input.Date", T["Error.Admission.DateRequired"]);
            }

            return Page();
        }

        return await SaveAsync("Audit.AdmissionDecision.Decide", "Status.Admission.Saved", () => PrepareAsync(id, track: false));
    }

    /// The next number of the issuer's register for the year that is not used yet.
    private async Task<string> SuggestNumberAsync()
    {
        var year = Access.Today.Year;
        var used = await Db.AdmissionDecisions.AsNoTracking()
            .Where(d => d.IssuerUnitId == Acting.UnitId && d.Year == year)
            .Select(d => d.Number)
            .ToListAsync();
        var next = used.Count + 1;
        while (used.Contains(Number(next)))
        {
            next++;
        }

        return Number(next);

        static string Number(int n) => $"{n}-QĐ/ĐU";
    }

    public sealed class DecideInput
    {
        public DateOnly? MeetingDate { get; set; }

        public int? Registered { get; set; }

        public List<ExcludedRow> Excluded { get; set; } = [];

        public int? Present { get; set; }

        public int? InFavour { get; set; }

        public int? Against { get; set; }

        public string? Note { get; set; }

        public string? Number { get; set; }

        public DateOnly? Date { get; set; }

        public string? Signer { get; set; }

        public DateOnly? ReceivedOn { get; set; }

        public string? ExtensionReason { get; set; }
    }

    public sealed class DecideValidator : AbstractValidator<DecideInput>
    {
        public DecideValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.MeetingDate).NotNull().WithMessage(_ => texts["Error.Admission.DateRequired"]);
            RuleFor(x => x.Registered).NotNull().WithMessage(_ => texts["Error.Vote.RegisteredRequired"]);
            RuleFor(x => x.Present).NotNull().WithMessage(_ => texts["Error.AdmissionDecision.CountRequired"]);
            RuleFor(x => x.InFavour).NotNull().WithMessage(_ => texts["Error.AdmissionDecision.CountRequired"]);
            RuleFor(x => x.Against).NotNull().WithMessage(_ => texts["Error.AdmissionDecision.CountRequired"]);
        }
    }
}
