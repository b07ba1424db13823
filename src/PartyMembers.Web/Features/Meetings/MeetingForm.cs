using FluentValidation;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Meetings;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Features.Meetings;

/// The fields of a meeting, shared by the record and edit pages.
public sealed class MeetingForm
{
    public MeetingKind? Kind { get; set; }

    public DateOnly? Date { get; set; }

    public int? DurationMinutes { get; set; }

    public string? Chair { get; set; }

    public string? MinuteTaker { get; set; }

    public string? StudiedDocument { get; set; }

    public string? Content { get; set; }

    public string? Resolutions { get; set; }

    public MeetingInput ToInput() => new(Kind!.Value, Date!.Value, DurationMinutes!.Value, Chair, MinuteTaker, StudiedDocument, Content, Resolutions);

    public static MeetingForm From(Meeting m) => new()
    {
        Kind = m.Kind,
        Date = m.Date,
        DurationMinutes = m.DurationMinutes,
        Chair = m.Chair,
        MinuteTaker = m.MinuteTaker,
        StudiedDocument = m.StudiedDocument,
        Content = m.Content,
        Resolutions = m.Resolutions,
    };
}

public sealed class MeetingFormValidator : AbstractValidator<MeetingForm>
{
    public MeetingFormValidator(IStringLocalizer<Texts> texts)
    {
        RuleFor(x => x.Kind).NotNull().WithMessage(_ => texts["Error.Meeting.KindRequired"]);
        RuleFor(x => x.Date).NotNull().WithMessage(_ => texts["Error.Meeting.DateRequired"]);
        RuleFor(x => x.DurationMinutes).NotNull().WithMessage(_ => texts["Error.Meeting.DurationRequired"]);
    }
}
