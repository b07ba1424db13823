using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Authorization;

/// The four kinds of record the matrix asks every page about (docs/security.md "The authorization matrix").
public enum ScopeKind
{
    /// A record of the user's own unit (the Tổng hợp cell for its secretary).
    Own,

    /// A record of another cell below the grassroots committee (Hành chính).
    Below,

    /// A record outside the grassroots committee.
    Outside,

    /// An id that names nothing.
    Unknown,
}

/// Completeness of the matrix by scope: every page or handler that takes a record id (in its route, or a member id in
/// the query) has rows for a record in the user's unit, below it, outside it and an unknown id, each with the
/// anonymous user's expectation. Where a kind cannot exist for a page (the administrator's pages have no member scope;
/// a step whose only record is the one demo record at that stage) the gap is listed in <see cref="KnownGaps"/> with
/// its reason, and the test fails when the list is stale as much as when a page has an unlisted gap.
[Collection(AppCollection.Name)]
public sealed class ScopeCompletenessTests(AppFixture app)
{
    /// Gaps accepted on purpose, by page (all its handlers), each with the kinds that are missing and why.
    private static readonly Dictionary<string, (ScopeKind[] Missing, string Why)> KnownGaps = new()
    {
        ["/Admin/"] = ([ScopeKind.Own, ScopeKind.Below, ScopeKind.Outside],
            "the administrator's pages are about units, accounts, holidays and rules, not member records: no unit scope applies (everyone else 403)"),
        ["/Admission/Attachment"] = ([ScopeKind.Below], "the Hành chính case is asked about with no file named (404 to its readers)"),
        ["/Assignments/Adjust"] = ([ScopeKind.Below, ScopeKind.Outside], "the work-life matrix data names one assignment, of the Tổng hợp cell"),
        ["/Assignments/Details"] = ([ScopeKind.Below, ScopeKind.Outside], "as /Assignments/Adjust"),
        ["/Assignments/Result"] = ([ScopeKind.Below, ScopeKind.Outside], "as /Assignments/Adjust"),
        ["/Exemptions/Details"] = ([ScopeKind.Below, ScopeKind.Outside], "the demo data holds one exemption case, in the Tổng hợp cell"),
        ["/Exemptions/Resolve"] = ([ScopeKind.Own, ScopeKind.Below, ScopeKind.Outside], "one demo exemption case, asked about at the state the step needs"),
        ["/Exemptions/Return"] = ([ScopeKind.Own, ScopeKind.Below, ScopeKind.Outside], "one demo exemption case, asked about before its decision"),
        ["/Fees/Collect"] = ([ScopeKind.Below], "a collection belongs to a cell; the matrix data names the Tổng hợp and an outside cell only"),
        ["/Fees/Sheet"] = ([ScopeKind.Below], "as /Fees/Collect"),
        ["/Transfers/Details"] = ([ScopeKind.Outside], "no demo transfer concerns a cell outside the Văn phòng committee"),
        ["/Transfers/Letter"] = ([ScopeKind.Own, ScopeKind.Below, ScopeKind.Outside], "a transfer has two cells: rows are by the stage of the demo transfers (letter issued or not)"),
        ["/Transfers/Holds"] = ([ScopeKind.Below, ScopeKind.Own, ScopeKind.Outside, ScopeKind.Unknown], "the hold posts are asked about the Tổng hợp member only (an empty form or no such hold)"),
        ["/Transfers/Accept"] = ([ScopeKind.Own, ScopeKind.Below, ScopeKind.Outside], "transfer steps: rows by the stage the step needs on the demo transfers, which have two cells each"),
        ["/Transfers/Arrival"] = ([ScopeKind.Own, ScopeKind.Below, ScopeKind.Outside], "as /Transfers/Accept"),
        ["/Transfers/Cancel"] = ([ScopeKind.Own, ScopeKind.Below, ScopeKind.Outside], "as /Transfers/Accept"),
        ["/Transfers/Comment"] = ([ScopeKind.Own, ScopeKind.Below, ScopeKind.Outside], "as /Transfers/Accept"),
        ["/Transfers/Extend"] = ([ScopeKind.Own, ScopeKind.Below, ScopeKind.Outside], "as /Transfers/Accept"),
        ["/Transfers/Flag"] = ([ScopeKind.Own, ScopeKind.Below, ScopeKind.Outside], "as /Transfers/Accept"),
        ["/Transfers/Issue"] = ([ScopeKind.Own, ScopeKind.Below, ScopeKind.Outside], "as /Transfers/Accept"),
        ["/Transfers/Receive"] = ([ScopeKind.Own, ScopeKind.Below, ScopeKind.Outside], "as /Transfers/Accept"),
        ["/Transfers/Return"] = ([ScopeKind.Own, ScopeKind.Below, ScopeKind.Outside], "as /Transfers/Accept"),
    };

    /// The kind of record a row asks about, from its case description (see the matrix files).
    public static ScopeKind? KindOf(MatrixRow row)
    {
        var text = row.Case;
        // "unknown file, case of own cell" asks about a known case: the file is what is unknown.
        if (text.Contains("unknown", StringComparison.OrdinalIgnoreCase) && !text.Contains("unknown file", StringComparison.OrdinalIgnoreCase))
        {
            return ScopeKind.Unknown;
        }

        if (text.Contains("outside", StringComparison.OrdinalIgnoreCase) || text.Contains("Thời sự", StringComparison.Ordinal))
        {
            return ScopeKind.Outside;
        }

        if (text.Contains("below", StringComparison.OrdinalIgnoreCase) || text.Contains("Hành chính", StringComparison.Ordinal)
            || text.Contains("another cell", StringComparison.OrdinalIgnoreCase))
        {
            return ScopeKind.Below;
        }

        if (text.Contains("own", StringComparison.OrdinalIgnoreCase) || text.Contains("Tổng hợp", StringComparison.Ordinal))
        {
            return ScopeKind.Own;
        }

        return null;
    }

    [Fact]
    public async Task Every_page_that_takes_a_record_id_has_rows_for_each_scope_kind_and_anonymous()
    {
        var handlers = await AuthorizationMatrixTests.HandlersAsync(app.Factory.Services);
        var templates = RouteTemplates(app.Factory.Services);
        var takesId = handlers.Where(h => templates.TryGetValue(h.Page, out var t) && (t.Contains("{id", StringComparison.Ordinal) || t.Contains("{memberId", StringComparison.Ordinal))
                                          || AuthorizationMatrix.Rows.Any(r => r.Page == h.Page && r.Method == h.Method && r.Handler == h.Handler
                                                                               && r.Url(app.Data).Contains("memberId=", StringComparison.Ordinal)))
            .OrderBy(h => h.Page, StringComparer.Ordinal).ThenBy(h => h.Method, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(takesId);

        var problems = new List<string>();
        var gapsSeen = new HashSet<string>();
        foreach (var (page, method, handler) in takesId)
        {
            var rows = AuthorizationMatrix.Rows.Where(r => r.Page == page && r.Method == method && r.Handler == handler).ToList();
            var present = rows.Select(KindOf).OfType<ScopeKind>().ToHashSet();
            var missing = Enum.GetValues<ScopeKind>().Where(k => !present.Contains(k)).ToList();
            var name = $"{method} {page}{(handler is null ? "" : "?handler=" + handler)}";
            if (rows.Any(r => !r.Expected.ContainsKey(AuthorizationMatrix.Anonymous)))
            {
                problems.Add(name + ": a row without the anonymous user");
            }

            if (GapOf(page) is { } found)
            {
                var (key, gap) = found;
                gapsSeen.Add(key);
                missing = missing.Except(gap.Missing).ToList();
            }

            if (missing.Count > 0)
            {
                problems.Add($"{name}: no row for {string.Join(", ", missing)}");
            }
        }

        foreach (var (page, gap) in KnownGaps)
        {
            var rows = AuthorizationMatrix.Rows.Where(r => r.Page == page).ToList();
            if (page.EndsWith('/'))
            {
                if (!gapsSeen.Contains(page))
                {
                    problems.Add($"known gap for {page} names no page that takes an id");
                }

                continue;
            }

            if (!gapsSeen.Contains(page))
            {
                problems.Add($"known gap for {page} names no page that takes an id");
            }
            else if (gap.Missing.Any(k => rows.GroupBy(r => (r.Method, r.Handler)).All(g => g.Any(r => KindOf(r) == k))))
            {
                problems.Add($"known gap for {page} is stale: every handler now has rows for one of {string.Join(", ", gap.Missing)}");
            }
        }

        Assert.True(problems.Count == 0, "Scope kinds missing from the matrix:\n" + string.Join("\n", problems));
    }

    /// The gap listed for a page: by its exact name, or by a folder (a key ending in "/").
    private static (string Key, (ScopeKind[] Missing, string Why) Gap)? GapOf(string page)
    {
        if (KnownGaps.TryGetValue(page, out var exact))
        {
            return (page, exact);
        }

        foreach (var (key, gap) in KnownGaps)
        {
            if (key.EndsWith('/') && page.StartsWith(key, StringComparison.Ordinal))
            {
                return (key, gap);
            }
        }

        return null;
    }

    private static Dictionary<string, string> RouteTemplates(IServiceProvider services) =>
        services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>()
            .GroupBy(d => string.IsNullOrEmpty(d.AreaName) ? d.ViewEnginePath : $"/{d.AreaName}{d.ViewEnginePath}")
            .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(d => d.AttributeRouteInfo?.Template ?? string.Empty)));
}
