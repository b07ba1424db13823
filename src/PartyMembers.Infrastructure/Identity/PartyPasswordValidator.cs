using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Infrastructure.Identity;

/// Runs <see cref="PasswordRules"/> wherever Identity sets a password (create, reset, change). Identity's own validator
/// still checks the minimum length. The codes are mapped to texts in the user's language by the pages.
public sealed class PartyPasswordValidator(PartyMembersDbContext db, IOptions<PasswordPolicyOptions> options) : IPasswordValidator<ApplicationUser>
{
    public const string TooLong = "PasswordTooLong";
    public const string Common = "PasswordCommon";
    public const string ContainsUserName = "PasswordContainsUserName";
    public const string ContainsDisplayName = "PasswordContainsDisplayName";
    public const string ContainsOrganisation = "PasswordContainsOrganisation";

    public async Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            // Identity's own validator reports the missing or short password.
            return IdentityResult.Success;
        }

        var organisation = await db.Units.AsNoTracking().Where(u => u.ParentId == null).Select(u => u.Name).ToListAsync();
        if (!string.IsNullOrWhiteSpace(options.Value.OrganisationName))
        {
            organisation.Add(options.Value.OrganisationName);
        }

        var problems = PasswordRules.Check(password, user.UserName, user.DisplayName, organisation, CommonPasswords.All);
        return problems.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. problems.Select(Error)]);
    }

    private static IdentityError Error(PasswordProblem problem) => problem switch
    {
        PasswordProblem.TooLong => new IdentityError { Code = TooLong, Description = $"The password may have at most {PasswordRules.MaxLength} characters." },
        PasswordProblem.Common => new IdentityError { Code = Common, Description = "The password is on the list of common passwords; choose another one." },
        PasswordProblem.ContainsUserName => new IdentityError { Code = ContainsUserName, Description = "The password must not contain the user name." },
        PasswordProblem.ContainsDisplayName => new IdentityError { Code = ContainsDisplayName, Description = "The password must not contain the user's name." },
        _ => new IdentityError { Code = ContainsOrganisation, Description = "The password must not contain the organisation's name or party words (dang, chibo...)." },
    };
}
