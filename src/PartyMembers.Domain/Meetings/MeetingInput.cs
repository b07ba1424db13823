namespace PartyMembers.Domain.Meetings;

/// What the secretary types about a meeting. Texts are trimmed; empty optional texts become null.
public sealed record MeetingInput(
    MeetingKind Kind, DateOnly Date, int DurationMinutes, string? Chair, string? MinuteTaker, string? StudiedDocument,
    string? Content, string? Resolutions)
{
    internal MeetingInput Normalised() => this with
    {
        Chair = Clean(Chair),
        MinuteTaker = Clean(MinuteTaker),
        StudiedDocument = Kind == MeetingKind.ResolutionStudy ? Clean(StudiedDocument) : null,
        Content = Clean(Content),
        Resolutions = Clean(Resolutions),
    };

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
