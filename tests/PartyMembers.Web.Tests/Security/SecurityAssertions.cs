using System.Net.Http.Headers;

namespace PartyMembers.Web.Tests.Security;

/// What a passive scanner (OWASP ZAP's baseline rules) checks on a response, as assertions with a readable message.
public static class SecurityAssertions
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// Text that only a stack trace or an exception dump would put in a page.
    public static readonly string[] StackTraceMarkers =
    [
        "at PartyMembers.", "at Microsoft.", "at System.", "Exception:", "StackTrace", "--- End of stack trace",
        "Microsoft.Data.Sqlite", "SQLite Error", ".cs:line ",
    ];

    /// The headers every response carries, static files included.
    public static void CommonHeaders(HttpResponseMessage response, string what)
    {
        Assert.True(Single(response, "Content-Security-Policy") == ContentSecurityPolicy, $"{what}: Content-Security-Policy is '{Single(response, "Content-Security-Policy")}'");
        Assert.True(Single(response, "X-Content-Type-Options") == "nosniff", $"{what}: no X-Content-Type-Options: nosniff");
        Assert.True(Single(response, "X-Frame-Options") == "DENY", $"{what}: no X-Frame-Options: DENY");
        Assert.True(Single(response, "Referrer-Policy") == "no-referrer", $"{what}: Referrer-Policy is '{Single(response, "Referrer-Policy")}'");
        Assert.True(Single(response, "Cross-Origin-Opener-Policy") == "same-origin", $"{what}: no Cross-Origin-Opener-Policy: same-origin");
        Assert.True(Single(response, "Permissions-Policy") is { Length: > 0 } p && p.Contains("camera=()", StringComparison.Ordinal), $"{what}: no Permissions-Policy");
        Assert.False(Has(response, "Server"), $"{what}: a Server header: {Single(response, "Server")}");
        Assert.False(Has(response, "X-Powered-By"), $"{what}: an X-Powered-By header");
        Assert.False(Has(response, "X-AspNet-Version") || Has(response, "X-AspNetMvc-Version"), $"{what}: a framework version header");
    }

    /// A page or download: nothing may be kept by the browser or a proxy.
    public static void NotStored(HttpResponseMessage response, string what)
    {
        var cacheControl = response.Headers.CacheControl;
        Assert.True(cacheControl is { NoStore: true }, $"{what}: Cache-Control is '{cacheControl}', not no-store");
        Assert.True(cacheControl is not { Public: true }, $"{what}: Cache-Control is public");
        Assert.True(response.Headers.Pragma.Any(p => p.Name == "no-cache"), $"{what}: no Pragma: no-cache");
    }

    /// Every cookie the response sets is HttpOnly, SameSite Strict or Lax, Secure when the request came over HTTPS;
    /// a "__Host-" cookie is also Secure, on path "/" and without a Domain (RFC 6265bis 4.1.3.2).
    public static void Cookies(HttpResponseMessage response, bool https, string what)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            return;
        }

        foreach (var cookie in cookies)
        {
            var parts = cookie.Split(';', StringSplitOptions.TrimEntries);
            var name = parts[0].Split('=', 2)[0];
            var attributes = parts.Skip(1).Select(p => p.ToLowerInvariant()).ToList();
            Assert.True(attributes.Contains("httponly"), $"{what}: cookie {name} is not HttpOnly");
            Assert.True(attributes.Contains("samesite=strict") || attributes.Contains("samesite=lax"), $"{what}: cookie {name} has no SameSite Strict or Lax");
            if (https || name.StartsWith("__Host-", StringComparison.Ordinal) || name.StartsWith("__Secure-", StringComparison.Ordinal))
            {
                Assert.True(attributes.Contains("secure"), $"{what}: cookie {name} is not Secure");
            }

            if (name.StartsWith("__Host-", StringComparison.Ordinal))
            {
                Assert.True(attributes.Contains("path=/"), $"{what}: cookie {name} is not on path /");
                Assert.False(attributes.Any(a => a.StartsWith("domain=", StringComparison.Ordinal)), $"{what}: cookie {name} names a domain");
            }
        }
    }

    public static void NoStackTrace(string body, string what)
    {
        foreach (var marker in StackTraceMarkers)
        {
            Assert.False(body.Contains(marker, StringComparison.Ordinal), $"{what}: the body contains '{marker}'");
        }
    }

    public static bool IsStatic(MediaTypeHeaderValue? contentType) =>
        contentType?.MediaType is "text/css" or "text/javascript" or "application/javascript" or "image/x-icon";

    private static bool Has(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.Contains(name) || response.Content.Headers.NonValidated.Contains(name);

    private static string? Single(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) || response.Content.Headers.NonValidated.TryGetValues(name, out values)
            ? values.ToString()
            : null;
}
