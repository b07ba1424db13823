using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Members;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;

namespace PartyMembers.Web.Pages.Members;

/// The member list of the user's units. The search text (a name or an identifier, both personal data) never appears
/// in the address: the form posts it, and the list links carry it encrypted.
public sealed class IndexModel(MemberSearch search, UnitDirectory directory, CurrentUser currentUser, IDataProtectionProvider protection)
    : AppPageModel
{
    private readonly IDataProtector _queryProtector = protection.CreateProtector("PartyMembers.MemberSearch.Query.v1");

    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public MembershipType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public StatusFilter Status { get; set; } = StatusFilter.Current;

    /// The encrypted search text.
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? QueryToken { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public IReadOnlyList<UnitChoice> Units { get; private set; } = [];

    public MemberPage Results { get; private set; } = new([], null);

    public bool CanAdd { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Enum.IsDefined(Status) || (Type is { } t && !Enum.IsDefined(t)))
        {
            return RedirectToPage();
        }

        Text = DecryptQuery(QueryToken);
        Units = await UnitChoices.WithinScopeAsync(directory, currentUser, RoleRules.CanReadMembers, onlyUnitsHoldingMembers: false);
        if (Unit is not null && Units.All(u => u.Id != Unit))
        {
            return Forbid();
        }

        Results = await search.SearchAsync(new MemberFilter(Text, Unit, Type, Status), After, HttpContext.RequestAborted);
        CanAdd = (await currentUser.AssignmentsAsync()).Any(a => RoleRules.CanEditMembers(a.Role));
        return Page();
    }

    public IActionResult OnPost()
    {
        var text = Text?.Trim();
        if (text is { Length: > 100 })
        {
            text = text[..100];
        }

        return RedirectToPage(new
        {
            unit = Unit,
            type = Type,
            status = Status,
            q = string.IsNullOrEmpty(text) ? null : _queryProtector.Protect(text),
        });
    }

    public object RouteFor(string? after) => new { unit = Unit, type = Type, status = Status, q = QueryToken, after };

    private string? DecryptQuery(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            return _queryProtector.Unprotect(token);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            QueryToken = null;
            return null;
        }
    }
}
