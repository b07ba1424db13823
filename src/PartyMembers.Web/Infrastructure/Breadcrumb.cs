namespace PartyMembers.Web.Infrastructure;

/// One step of the breadcrumb at the top of a page (the organisation path, then the page).
public sealed record Breadcrumb(string Text, string? Url = null);
