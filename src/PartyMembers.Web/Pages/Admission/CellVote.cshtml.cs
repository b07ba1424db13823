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

/// The cell votes on admission, or after the probation on recognition or removal of the name. The registered count is
/// the cell's official members in the registry, counted on the server; the user names the people left out of the
/// denominator. A vote that does not pass is kept too.
public sealed class CellVoteModel(AdmissionAccess access, PartyMembersDbContext db, IValidator<CellVoteModel.CellVoteInput> validator)
    : CaseStepPageModel(access, db)
{
    private static readonly ActivityStatus[] Counted = Enum.GetValues<ActivityStatus>().Where(MemberTransitions.IsCounted).ToArray();

    [BindProperty]
    public CellVoteInput Input { get; set; } = new();

    /// Official members of the cell counted in the registry: the registered count of the vote.
    public int Registered { get; private set; }

    public bool IsRecognition => Trigger == AdmissionTrigger.RecognitionCellVote;

    protected override IReadOnlyList<AdmissionTrigger> Triggers { get; } = [AdmissionTrigger.CellVote, AdmissionTrigger.RecognitionCellVote];

    protected override string TitleKey => IsRecognition ? "Enum.AdmissionTrigger.RecognitionCellVote" : "Enum.AdmissionTrigger.CellVote";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id, track: false) is { } refused)
        {
            return refused;
        }

        Version = Case.Version;
        Input.MeetingDate = Access.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, track: true) is { } refused)
        {
            return refused;
        }

        AddValidation(await validator.ValidateAsync(Input));
        var excluded = ExcludedRows.Read(Input.Excluded, ModelState, T);

        if (IsRecognition && Input.Proposal is null)
        {
            ModelState.AddModelError("Input.Proposal", T["AdmissionVotes.Error.ProposalRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var tally = new VoteTally
        {
            Level = VoteLevel.Cell,
            Registered = Registered,
            Excluded = excluded,
            Present = Input.Present!.Value,
            InFavour = Input.InFavour!.Value,
            Against = Input.Against!.Value,
        };
        var vote = new VoteInput(Input.MeetingDate!.Value, Input.ResolutionNumber, tally, Input.Note);
        var deadlines = await Access.DeadlinesAsync();
        Domain.Common.Result<CaseVote> result;
        if (IsRecognition)
        {
            result = Case.RecordRecognitionCellVote(vote, Input.Proposal!.Value, Chain, deadlines, Stamp());
        }
        else
        {
            var introducers = new List<IntroducerFacts>();
            foreach (var introducer in Case.Introducers)
            {
                if (await Access.FactsAsync(introducer.MemberId, Cell) is { } facts)
                {
                    introducers.Add(facts);
                }
            }

            result = Case.RecordCellVote(vote, introducers, Chain, deadlines, Stamp());
        }

        if (!result.Succeeded)
        {
            ShowErrors(result.Errors);
            return Page();
        }

        return await SaveAsync("AdmissionVotes.Audit.Vote", result.Value!.Passed ? "Status.Admission.Saved" : "AdmissionVotes.Status.NotPassed",
            () => LoadAsync(id, track: false));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, bool track)
    {
        var refused = await PrepareAsync(id, track);
        if (refused is null)
        {
            Registered = await Db.Members.AsNoTracking()
                .CountAsync(m => m.HomeUnitId == Cell.Id && m.Type == MembershipType.Official && Counted.Contains(m.Status));
        }

        return refused;
    }

    public sealed class CellVoteInput
    {
        public DateOnly? MeetingDate { get; set; }

        public string? ResolutionNumber { get; set; }

        public List<ExcludedRow> Excluded { get; set; } = [];

        public int? Present { get; set; }

        public int? InFavour { get; set; }

        public int? Against { get; set; }

        public RecognitionProposal? Proposal { get; set; }

        public string? Note { get; set; }
    }

    public sealed class CellVoteValidator : AbstractValidator<CellVoteInput>
    {
        public CellVoteValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.MeetingDate).NotNull().WithMessage(_ => texts["Error.Admission.DateRequired"]);
            RuleFor(x => x.ResolutionNumber).NotEmpty().WithMessage(_ => texts["Error.Admission.ResolutionNumberRequired"]);
            RuleFor(x => x.Present).NotNull().WithMessage(_ => texts["AdmissionVotes.Error.CountRequired"]);
            RuleFor(x => x.InFavour).NotNull().WithMessage(_ => texts["AdmissionVotes.Error.CountRequired"]);
            RuleFor(x => x.Against).NotNull().WithMessage(_ => texts["AdmissionVotes.Error.CountRequired"]);
        }
    }
}
