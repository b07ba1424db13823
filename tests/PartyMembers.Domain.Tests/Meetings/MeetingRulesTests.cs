using PartyMembers.Domain.Meetings;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Rules;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Meetings;

public sealed class MeetingRulesTests
{
    private static readonly RuleBook Rules = RuleBooks.Defaults();
    private static readonly DateOnly InForce = new(2025, 10, 28);

    [Theory]
    [InlineData(MeetingKind.Regular, 89, 90)]
    [InlineData(MeetingKind.Regular, 90, null)]
    [InlineData(MeetingKind.Thematic, 89, 90)]
    [InlineData(MeetingKind.Thematic, 90, null)]
    [InlineData(MeetingKind.RegularAndThematic, 119, 120)]
    [InlineData(MeetingKind.RegularAndThematic, 120, null)]
    [InlineData(MeetingKind.Extraordinary, 30, null)]
    [InlineData(MeetingKind.ResolutionStudy, 30, null)]
    public void The_duration_warning_comes_from_the_HD42_parameters(MeetingKind kind, int minutes, int? shortOf)
    {
        Assert.Equal(shortOf, MeetingRules.ShortOf(kind, InForce, minutes, Rules));
    }

    [Fact]
    public void Before_the_parameters_came_into_force_no_minimum_applies()
    {
        Assert.Null(MeetingRules.ShortOf(MeetingKind.Regular, InForce.AddDays(-1), 10, Rules));
    }

    [Fact]
    public void A_new_version_of_the_parameter_applies_from_its_date()
    {
        var raised = RuleParameter.Create(RuleKeys.MeetingMinMinutes, RuleValueKind.WholeNumber, "100", new DateOnly(2026, 6, 1), "Test", RuleConfidence.Confirmed, null).Value!;
        var rules = new RuleBook(RuleBooks.CatalogueParameters().Append(raised));
        Assert.Null(MeetingRules.ShortOf(MeetingKind.Regular, new DateOnly(2026, 5, 31), 95, rules));
        Assert.Equal(100, MeetingRules.ShortOf(MeetingKind.Regular, new DateOnly(2026, 6, 1), 95, rules));
    }

    [Fact]
    public void The_roster_lists_home_members_and_guests_and_leaves_out_suspended_and_departed_members()
    {
        var cell = Guid.NewGuid();
        var other = Guid.NewGuid();
        RosterFacts F(string name, Guid home, ActivityStatus status, Guid? temporary = null) =>
            new(Guid.NewGuid(), name, name.ToLowerInvariant(), home, temporary, status);
        var facts = new[]
        {
            F("B", cell, ActivityStatus.Active), F("A", cell, ActivityStatus.TemporarilyAway, other), F("C", cell, ActivityStatus.Suspended),
            F("D", cell, ActivityStatus.TransferringOut), F("E", other, ActivityStatus.TemporarilyAway, cell), F("F", other, ActivityStatus.Active),
            F("G", other, ActivityStatus.Active, cell),
        };

        var roster = MeetingRoster.From(facts, id => id == cell);

        Assert.Equal(["A", "B", "E"], roster.Select(r => r.Name));
        Assert.Equal([false, false, true], roster.Select(r => r.IsGuest));
        Assert.Equal(AttendanceStatus.AwayOnTransfer, roster[0].DefaultStatus);
    }
}
