using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PartyMembers.Infrastructure.Identity;

namespace PartyMembers.Web.Security;

/// Sign-in hardening (issue 5): password policy and hashing, the once-only authenticator provider, rate limits on the
/// sign-in and account POSTs, and the enrolment gate when two-factor sign-in is required.
public static class SignInSetup
{
    /// Set on the request when the rate limiter refused it; the page then answers 429 with its own message.
    public const string ThrottledItem = "SignIn.Throttled";

    /// Claim the sign-in manager adds after a second factor ("amr" = "mfa").
    public const string MfaClaimType = "amr";
    public const string MfaClaimValue = "mfa";

    public const string EnrolmentPath = "/Account/Manage/EnableAuthenticator";

    private const string AccountItem = "SignIn.Account";

    private static readonly string[] OpenDuringEnrolment =
    [
        EnrolmentPath, "/Account/Login", "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode", "/Account/Logout", "/Culture", "/Error",
        "/StatusCode", "/health",
    ];

    public static IServiceCollection AddSignInHardening(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SignInSettings>(configuration.GetSection(SignInSettings.Section));

        // PBKDF2-HMAC-SHA512 (Identity V3 format) at OWASP ASVS 5.0 Appendix C's count; older hashes are upgraded at the
        // next successful sign-in (SuccessRehashNeeded in UserManager.CheckPasswordAsync).
        services.Configure<PasswordHasherOptions>(options =>
        {
            options.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3;
            options.IterationCount = 210_000;
        });
        services.Configure<PasswordPolicyOptions>(options => options.OrganisationName = configuration["Organisation:TopUnitName"]);
        services.AddScoped<IPasswordValidator<ApplicationUser>, PartyPasswordValidator>();

        services.AddScoped<OnceOnlyAuthenticatorTokenProvider>();
        services.Configure<IdentityOptions>(options =>
            options.Tokens.ProviderMap[TokenOptions.DefaultAuthenticatorProvider] = new TokenProviderDescriptor(typeof(OnceOnlyAuthenticatorTokenProvider)));

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, "address:", context.Connection.RemoteIpAddress?.ToString() ?? "unknown", s => s.PerAddress)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, "account:", context.Items[AccountItem] as string, s => s.PerAccount)));

            // The refused attempt is answered by its own page (status 429, the form and a message), not a blank page.
            options.OnRejected = async (rejected, _) =>
            {
                var http = rejected.HttpContext;
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInSetup))
                    .LogWarning(SignInEvents.Throttled, "Sign-in or account request refused by the rate limit on {Path}", http.Request.Path.Value);
                http.Items[ThrottledItem] = true;
                if (http.GetEndpoint()?.RequestDelegate is { } page)
                {
                    await page(http);
                }
            };
        });
        return services;
    }

    /// Sends a signed-in user without a second factor to the enrolment page when two-factor sign-in is required.
    /// Between authentication and authorization.
    public static WebApplication UseTwoFactorEnrolment(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var required = context.RequestServices.GetRequiredService<IOptionsMonitor<SignInSettings>>().CurrentValue.TwoFactor.Required;
            if (required && context.User.Identity?.IsAuthenticated == true && !HasSecondFactor(context.User)
                && !OpenDuringEnrolment.Any(p => context.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.Redirect(EnrolmentPath);
                return;
            }

            await next();
        });
        return app;
    }

    /// Rate limits on the sign-in, two-factor and account POSTs. After authorization, so that a refused request can be
    /// answered by its page.
    public static WebApplication UseSignInRateLimits(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (IsGuarded(context.Request))
            {
                context.Items[AccountItem] = await AccountKeyAsync(context);
            }

            await next();
        });
        app.UseRateLimiter();
        return app;
    }

    public static bool HasSecondFactor(ClaimsPrincipal user) => user.HasClaim(MfaClaimType, MfaClaimValue);

    private static bool IsGuarded(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/Account", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/Account/Logout", StringComparison.OrdinalIgnoreCase);

    private static RateLimitPartition<string> Partition(HttpContext context, string prefix, string? key, Func<RateLimitSettings, int> limit)
    {
        if (!context.Items.ContainsKey(AccountItem) || context.Items.ContainsKey(ThrottledItem) || key is null)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var settings = context.RequestServices.GetRequiredService<IOptionsMonitor<SignInSettings>>().CurrentValue.RateLimits;
        return RateLimitPartition.GetFixedWindowLimiter(prefix + key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limit(settings)),
            Window = TimeSpan.FromSeconds(Math.Max(1, settings.WindowSeconds)),
            QueueLimit = 0,
        });
    }

    /// The account an attempt is about: the user name typed on the sign-in page, the user waiting for a second factor
    /// (the two-factor cookie), or the signed-in user on the account pages. Kept in memory only, never logged.
    private static async Task<string> AccountKeyAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase))
        {
            if (context.Request.HasFormContentType)
            {
                try
                {
                    var form = await context.Request.ReadFormAsync(context.RequestAborted);
                    return "name:" + form["Input.UserName"].ToString().Trim().ToUpperInvariant();
                }
                catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
                {
                    // A form too large or malformed to read (too many fields, bad encoding): counted under one shared
                    // key, and the page refuses the form itself.
                    return "name:(unreadable)";
                }
            }

            return "name:";
        }

        if (context.User.Identity?.IsAuthenticated == true)
        {
            return "id:" + context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        }

        var pending = await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        return "id:" + pending.Principal?.FindFirstValue(ClaimTypes.Name);
    }
}
