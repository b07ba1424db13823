using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Organisation;
using PartyMembers.Domain.Rules;

namespace PartyMembers.Domain.Meetings;

/// Who holds which meeting, and the minimum durations of HD 42-HD/BTCTW (28/10/2025), read from the rule parameters.
public static class MeetingRules
{
    /// Kinds that count as the month's regular meeting.
    public static readonly MeetingKind[] RegularKinds = [MeetingKind.Regular, MeetingKind.RegularAndThematic];

    /// Kinds that count as the quarter's thematic meeting.
    public static readonly MeetingKind[] ThematicKinds = [MeetingKind.Thematic, MeetingKind.RegularAndThematic];

    /// Units whose meetings are checked month by month: the cells (including grassroots cells).
    public static readonly UnitType[] CellTypes = [UnitType.Cell, UnitType.GrassrootsCell];

    /// A cell holds every kind of meeting; a grassroots committee organises resolution study sessions for its whole
    /// organisation; other units record no meetings here.
    public static bool UnitHolds(UnitType unitType, MeetingKind kind) => unitType switch
    {
        UnitType.Cell or UnitType.GrassrootsCell => true,
        UnitType.GrassrootsCommittee => kind == MeetingKind.ResolutionStudy,
        _ => false,
    };

    /// The role that records a unit's meetings: the cell secretary for a cell, the grassroots secretary for a
    /// grassroots committee (a grassroots cell's secretary holds both).
    public static bool MayRecord(Role role, UnitType unitType) => unitType switch
    {
        UnitType.Cell => role == Role.CellSecretary,
        UnitType.GrassrootsCell => role is Role.CellSecretary or Role.GrassrootsSecretary,
        UnitType.GrassrootsCommittee => role == Role.GrassrootsSecretary,
        _ => false,
    };

    /// The minimum duration for the kind on the meeting's date, or null when the rules set none (extraordinary
    /// meetings, study sessions).
    public static int? MinimumMinutes(MeetingKind kind, DateOnly date, RuleBook rules) => kind switch
    {
        MeetingKind.Regular or MeetingKind.Thematic => rules.Find(RuleKeys.MeetingMinMinutes, date)?.AsInteger(),
        MeetingKind.RegularAndThematic => rules.Find(RuleKeys.MeetingCombinedMinMinutes, date)?.AsInteger(),
        _ => null,
    };

    /// The minimum the meeting falls short of, or null when it is long enough. A warning, not a refusal: the meeting
    /// happened and its record must be kept.
    public static int? ShortOf(MeetingKind kind, DateOnly date, int durationMinutes, RuleBook rules) =>
        MinimumMinutes(kind, date, rules) is { } minimum && durationMinutes < minimum ? minimum : null;
}
