using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Net.Http.Headers;

namespace PartyMembers.Web.Security;

/// The response headers every page, download and static file carries (docs/security.md, "Headers and transport";
/// OWASP ASVS 5.0 3.4.x, 14.3.2, 13.4.x). Headers are added when the response starts, so they survive the exception
/// handler and the status code pages, which clear the response before re-executing.
public static class SecurityHeaders
{
    /// No inline script or style anywhere: every script and style sheet is a file under wwwroot.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// Nothing the app uses; everything a page could ask the browser for is switched off.
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// One year, as ASVS 3.4.1 asks, for the host and its subdomains.
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    private const string StaticFileMarker = "PartyMembers.StaticFile";

    /// Services side: HSTS parameters, no Kestrel "Server" banner, static files marked as cacheable, and cookies the
    /// framework issues (antiforgery, TempData) Secure whenever the request came over HTTPS.
    public static WebApplicationBuilder AddSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        builder.Services.Configure<HstsOptions>(options =>
        {
            options.MaxAge = HstsMaxAge;
            options.IncludeSubDomains = true;
        });
        builder.Services.Configure<StaticFileOptions>(options =>
        {
            var previous = options.OnPrepareResponse;
            options.OnPrepareResponse = context =>
            {
                previous?.Invoke(context);
                context.Context.Items[StaticFileMarker] = true;

                // Bootstrap and the versioned site files (asp-append-version) change only with a deployment.
                context.Context.Response.Headers.CacheControl = "public, max-age=604800";
            };
        });
        builder.Services.PostConfigure<AntiforgeryOptions>(options =>
        {
            if (options.Cookie.SecurePolicy == CookieSecurePolicy.None)
            {
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            }
        });
        builder.Services.PostConfigure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(options =>
        {
            if (options.Cookie.SecurePolicy == CookieSecurePolicy.None)
            {
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            }
        });
        return builder;
    }

    /// First in the pipeline: every response gets the headers when it starts. Dynamic responses (pages, downloads,
    /// error pages) are never stored by a browser or a proxy; static files from wwwroot may be.
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var http = (HttpContext)state;
                Apply(http);
                return Task.CompletedTask;
            }, context);
            return next(context);
        });

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers.Remove(HeaderNames.Server);
        headers.Remove(HeaderNames.XPoweredBy);

        if (!context.Items.ContainsKey(StaticFileMarker))
        {
            headers.CacheControl = "no-store, max-age=0";
            headers.Pragma = "no-cache";
            headers.Remove(HeaderNames.Expires);
        }
    }
}
