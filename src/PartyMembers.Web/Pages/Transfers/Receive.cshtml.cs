using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Transfers;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.Transfers;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Transfers;

/// The receiving cell accepts a member coming from outside with the letter and file: the member enters the registry
/// with the admission and official dates from the file, so that party age continues, and arrives on the date entered.
public sealed class ReceiveModel(TransferAccess access, PartyMembersDbContext db, IValidator<ReceiveModel.ReceiveInput> validator)
    : TransferStepPageModel(access, db)
{
    [BindProperty]
    public ReceiveInput Input { get; set; } = new();

    protected override TransferTrigger Trigger => TransferTrigger.Accept;

    protected override bool Serves(TransferKind kind) => kind == TransferKind.Incoming;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareGetAsync(id) is { } refused)
        {
            return refused;
        }

        Input.Date = Access.Today;
        Input.FullName = Case.MemberName;
        Input.Sex = Case.Sex;
        Input.DateOfBirth = Case.DateOfBirth;
        Input.Type = MembershipType.Official;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PreparePostAsync(id, validator, Input) is { } refused)
        {
            return refused;
        }

        var result = Case.AcceptIncoming(Input.ToDetails(), Input.ToRecord(), To!.Type, Input.Date!.Value, Stamp());
        if (result.Value is { } member)
        {
            Db.Members.Add(member);
            Features.Privacy.LawfulBasisDefaults.AddFor(Db, HttpContext.RequestServices, member, Features.Privacy.LawfulBasisDefaults.Entry.TransferredIn, Stamp());
        }

        return await SaveOrShowAsync(result.Succeeded ? Result.Success() : Result.Fail(result.Errors), () => Task.CompletedTask);
    }

    public sealed class ReceiveInput : MemberDetailsInput
    {
        public DateOnly? Date { get; set; }

        public MembershipType? Type { get; set; }

        public DateOnly? AdmissionDecisionDate { get; set; }

        public DateOnly? CeremonyDate { get; set; }

        public DateOnly? OfficialDate { get; set; }

        public MembershipRecord ToRecord() => new()
        {
            Type = Type ?? MembershipType.Official,
            AdmissionDecisionDate = AdmissionDecisionDate ?? default,
            CeremonyDate = CeremonyDate ?? default,
            OfficialDate = OfficialDate,
            JoinedOrganisationOn = Date,
        };
    }

    public sealed class ReceiveValidator : MemberDetailsValidator<ReceiveInput>
    {
        public ReceiveValidator(IStringLocalizer<Texts> texts, TimeProvider clock, PartyMembersDbContext db)
            : base(texts, clock, db, _ => null)
        {
            RuleFor(x => x.Date).NotNull().WithMessage(_ => texts["Error.Transfer.DateRequired"]);
            RuleFor(x => x.Type).NotNull().WithMessage(_ => texts["Error.Member.TypeRequired"])
                .IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.AdmissionDecisionDate).NotNull().WithMessage(_ => texts["Error.Member.AdmissionDecisionDateRequired"]);
            RuleFor(x => x.CeremonyDate).NotNull().WithMessage(_ => texts["Error.Member.CeremonyDateRequired"]);
            RuleFor(x => x).Custom((input, context) =>
            {
                if (input.DateOfBirth is null || input.AdmissionDecisionDate is null || input.CeremonyDate is null || input.Type is null
                    || !Enum.IsDefined(input.Type.Value))
                {
                    return;
                }

                foreach (var error in input.ToRecord().Validate(input.DateOfBirth.Value, VietnamTime.Today(clock)))
                {
                    context.AddFailure(error.Field ?? string.Empty, Infrastructure.TextExtensions.Error(texts, error));
                }
            });
        }
    }
}
