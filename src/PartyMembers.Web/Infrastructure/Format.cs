using System.Globalization;

namespace PartyMembers.Web.Infrastructure;

/// How values are shown in both languages: dates dd/MM/yyyy (the official format), instants in Vietnam time.
public static class Format
{
    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Instant(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Domain.Common.VietnamTime.Offset)
            .ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
