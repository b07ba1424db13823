using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Meetings;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Features.Meetings;

public static class MeetingTexts
{
    /// A history line's "what" in the reader's language: the fields changed, the attendance counts, the kind recorded
    /// or the file added.
    public static string Summary(IStringLocalizer t, MeetingChange change) => change.Kind switch
    {
        MeetingChangeKind.Recorded when Enum.TryParse<MeetingKind>(change.Summary, out var kind) => t.Enum(kind),
        MeetingChangeKind.Edited => string.Join(", ", change.Summary.Split(';').Select(f => t["Meetings.Field." + f].Value)),
        MeetingChangeKind.AttendanceRecorded => string.Join(", ", change.Summary.Split(';').Select(token =>
        {
            var parts = token.Split('=');
            return parts.Length == 2 && Enum.TryParse<AttendanceStatus>(parts[0], out var status) ? $"{t.Enum(status)} {parts[1]}" : token;
        })),
        _ => change.Summary,
    };
}
