using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Admission;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Admission;

/// The grassroots committee votes on the cell's proposal (admission or recognition). The registered count is the
/// committee's sitting members, typed by the user; the members left out of the denominator (on temporary transfer and
/// absent, suspended, charged or detained: Q294 §9.3.3) are named. A vote that does not pass is kept too.
public sealed class CommitteeVoteModel(AdmissionAccess access, PartyMembersDbContext db, IValidator<CommitteeVoteModel.CommitteeVoteInput> validator)
    : CaseStepPageModel(access, db)
{
    public const int MaxMembers = 50;

    [BindProperty]
    public CommitteeVoteInput Input { get; set; } = new();

    protected override IReadOnlyList<AdmissionTrigger> Triggers { get; } = [AdmissionTrigger.GrassrootsVote, AdmissionTrigger.RecognitionGrassrootsVote];

    protected override string TitleKey => Trigger == AdmissionTrigger.RecognitionGrassrootsVote
        ? "Enum.AdmissionTrigger.RecognitionGrassrootsVote" : "Enum.AdmissionTrigger.GrassrootsVote";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareGetAsync(id) is { } refused)
        {
            return refused;
        }
        Input.MeetingDate = Access.Today;
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
            Level = VoteLevel.GrassrootsCommittee,
            Registered = Input.Registered!.Value,
            Excluded = excluded,
            Present = Input.Present!.Value,
            InFavour = Input.InFavour!.Value,
            Against = Input.Against!.Value,
        };
        var result = Case.RecordGrassrootsVote(new VoteInput(Input.MeetingDate!.Value, Input.ResolutionNumber, tally, Input.Note), Chain,
            await Access.DeadlinesAsync(), Stamp());
        if (!result.Succeeded)
        {
            ShowErrors(result.Errors);
            return Page();
        }

        return await SaveAsync("AdmissionVotes.Audit.Vote", result.Value!.Passed ? "Status.Admission.Saved" : "AdmissionVotes.Status.NotPassed",
            () => PrepareAsync(id, track: false));
    }

    public sealed class CommitteeVoteInput
    {
        public DateOnly? MeetingDate { get; set; }

        public string? ResolutionNumber { get; set; }

        public int? Registered { get; set; }

        public List<ExcludedRow> Excluded { get; set; } = [];

        public int? Present { get; set; }

        public int? InFavour { get; set; }

        public int? Against { get; set; }

        public string? Note { get; set; }
    }

    public sealed class CommitteeVoteValidator : AbstractValidator<CommitteeVoteInput>
    {
        public CommitteeVoteValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.MeetingDate).NotNull().WithMessage(_ => texts["Error.Admission.DateRequired"]);
            RuleFor(x => x.ResolutionNumber).NotEmpty().WithMessage(_ => texts["Error.Admission.ResolutionNumberRequired"]);
            RuleFor(x => x.Registered).NotNull().InclusiveBetween(1, MaxMembers).WithMessage(_ => texts["AdmissionVotes.Error.CommitteeSize", MaxMembers]);
            RuleFor(x => x.Present).NotNull().WithMessage(_ => texts["AdmissionVotes.Error.CountRequired"]);
            RuleFor(x => x.InFavour).NotNull().WithMessage(_ => texts["AdmissionVotes.Error.CountRequired"]);
            RuleFor(x => x.Against).NotNull().WithMessage(_ => texts["AdmissionVotes.Error.CountRequired"]);
        }
    }
}
