using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace PartyMembers.Web.Security;

/// Cookies, server-side sessions and forwarded headers (docs/security.md "Sign-in and sessions",
/// docs/deployment.md "Several instances").
public static class SessionSetup
{
    public const string ApplicationCookie = "__Host-PartyMembers";
    public const string TwoFactorCookie = "__Host-PartyMembers.2fa";
    public const string TwoFactorRememberCookie = "__Host-PartyMembers.2faRemember";
    public const string ExternalCookie = "__Host-PartyMembers.External";
    public const string AntiforgeryCookie = "__Host-PartyMembers.Antiforgery";
    public const string TempDataCookie = "__Host-PartyMembers.TempData";

    /// The antiforgery cookie when <see cref="CookieSettings.DevelopmentHttp"/> is on (no prefix: it cannot be Secure).
    public const string DevelopmentAntiforgeryCookie = "PartyMembers.Antiforgery";

    /// Call after Identity's cookies are added (AddIdentityCookies); these settings win over earlier ones.
    public static IServiceCollection AddPartyMembersSessions(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<SessionSettings>(configuration.GetSection(SessionSettings.Section));
        var cookies = configuration.GetSection(CookieSettings.Section).Get<CookieSettings>() ?? new CookieSettings();
        if (cookies.DevelopmentHttp && !environment.IsDevelopment())
        {
            throw new InvalidOperationException($"{CookieSettings.Section}:DevelopmentHttp is for Development only; serve the application over https.");
        }

        services.AddSingleton<SessionTicketStore>();
        services.AddScoped<SessionRevocation>();

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<SessionTicketStore, IOptions<SessionSettings>>((options, store, settings) =>
            {
                options.Cookie.Name = ApplicationCookie;
                Harden(options.Cookie);

                // The ticket lasts the absolute lifetime; the idle timeout and the absolute lifetime are both enforced
                // by the session store on the server, whatever the browser sends back.
                options.ExpireTimeSpan = settings.Value.Absolute;
                options.SlidingExpiration = false;
                options.SessionStore = store;
            });
        foreach (var (scheme, name) in new[]
                 {
                     (IdentityConstants.TwoFactorUserIdScheme, TwoFactorCookie),
                     (IdentityConstants.TwoFactorRememberMeScheme, TwoFactorRememberCookie),
                     (IdentityConstants.ExternalScheme, ExternalCookie),
                 })
        {
            services.Configure<CookieAuthenticationOptions>(scheme, options =>
            {
                options.Cookie.Name = name;
                Harden(options.Cookie);
            });
        }

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = cookies.DevelopmentHttp ? DevelopmentAntiforgeryCookie : AntiforgeryCookie;
            Harden(options.Cookie);
            if (cookies.DevelopmentHttp)
            {
                // The antiforgery system refuses a Secure-only cookie on an http request (Development on http only).
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            }
        });
        services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = TempDataCookie;
            Harden(options.Cookie);
        });

        services.Configure<ForwardedHeadersOptions>(options => ConfigureForwardedHeaders(options, configuration));
        return services;
    }

    /// First in the pipeline: the client address and scheme a trusted load balancer forwards.
    public static IApplicationBuilder UsePartyMembersForwardedHeaders(this IApplicationBuilder app) => app.UseForwardedHeaders();

    /// X-Forwarded-For and X-Forwarded-Proto are honoured only from the proxies and networks listed in
    /// "ForwardedHeaders:KnownProxies" and "ForwardedHeaders:KnownNetworks" (CIDR); when both are empty, only from the
    /// loopback (a proxy on the same machine). A listed set replaces the loopback default.
    public static void ConfigureForwardedHeaders(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        if (proxies.Length == 0 && networks.Length == 0)
        {
            return;
        }

        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address."));
        }

        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR form (10.0.0.0/8)."));
        }
    }

    private static void Harden(CookieBuilder cookie)
    {
        cookie.SecurePolicy = CookieSecurePolicy.Always;
        cookie.HttpOnly = true;
        cookie.SameSite = SameSiteMode.Strict;
        cookie.Path = "/";
        cookie.Domain = null;
    }
}
