using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Security;

/// The application in the Production environment (no demo data): an exception gives the generic error page with a
/// request id only, HSTS is sent over HTTPS, and Kestrel sends no Server banner.
public sealed class ProductionHeadersTests : IAsyncLifetime, IDisposable
{
    private const string ThrowPath = "/Account/Login?__throw=1";
    private const string Secret = "The secret detail of a failure";

    private readonly AppFactory _base = new();
    private WebApplicationFactory<Program> _production = null!;

    public Task InitializeAsync()
    {
        _production = _base.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.ConfigureServices(services => services.Configure<MvcOptions>(options => options.Filters.Add(new ThrowingFilter())));
        });
        return Task.CompletedTask;
    }

    public void Dispose() => _base.Dispose();

    public async Task DisposeAsync()
    {
        await _production.DisposeAsync();
        await _base.DisposeAsync();
    }

    [Fact]
    public async Task An_exception_gives_the_generic_error_page_with_a_request_id_and_no_detail()
    {
        // Production serves forms over HTTPS only (the antiforgery cookie is Secure; TLS ends at the proxy).
        var http = _production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        using var response = await http.GetAsync(ThrowPath);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), body, StringComparison.Ordinal);
        SecurityAssertions.NoStackTrace(body, "the error page");
        var document = await AppClient.ParseAsync(response);
        Assert.Matches("^[0-9a-f]{32}$|^[0-9A-Z:]+$", document.QuerySelector("main code")?.TextContent.Trim() ?? "");
        SecurityAssertions.CommonHeaders(response, "the error page");
        SecurityAssertions.NotStored(response, "the error page");
    }

    [Fact]
    public async Task Over_https_every_response_carries_HSTS_for_a_year_with_subdomains()
    {
        var https = _production.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://members.example.org"), AllowAutoRedirect = false,
        });
        foreach (var path in new[] { "/Account/Login", "/", "/css/site.css", "/no-such-page", ThrowPath })
        {
            using var response = await https.GetAsync(path);
            Assert.True(response.Headers.TryGetValues("Strict-Transport-Security", out var values), $"{path}: no HSTS");
            var hsts = string.Join(",", values);
            var maxAge = long.Parse(hsts.Split(';').Select(p => p.Trim()).Single(p => p.StartsWith("max-age=", StringComparison.Ordinal))["max-age=".Length..],
                System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(maxAge >= 31_536_000, $"{path}: HSTS max-age {maxAge}");
            Assert.Contains("includeSubDomains", hsts, StringComparison.Ordinal);
            SecurityAssertions.CommonHeaders(response, "https " + path);
            SecurityAssertions.Cookies(response, https: true, "https " + path);
        }

        // Over plain HTTP (only ever behind the proxy that terminates TLS) the header means nothing and is not sent.
        var plain = _production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var overHttp = await plain.GetAsync("/css/site.css");
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Kestrel_sends_no_server_banner()
    {
        await using var kestrel = _base.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        var address = kestrel.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First(a => a.StartsWith("http://", StringComparison.Ordinal));
        var uri = new UriBuilder(address) { Host = "127.0.0.1" }.Uri;
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = uri };

        // As the TLS-terminating proxy on the loopback (trusted by default) says: the request came over HTTPS.
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        foreach (var path in new[] { "/Account/Login", "/css/site.css", "/no-such-page" })
        {
            using var response = await http.GetAsync(path);
            Assert.True((int)response.StatusCode < 500, path);
            SecurityAssertions.CommonHeaders(response, "Kestrel " + path);
        }
    }

    /// Test-only: any page asked with "__throw" in its query throws, inside the application's pipeline (so its
    /// exception handler runs); the error page itself, re-executed with the same query, does not.
    private sealed class ThrowingFilter : IResourceFilter
    {
        public void OnResourceExecuting(ResourceExecutingContext context)
        {
            var request = context.HttpContext.Request;
            if (request.Query.ContainsKey("__throw") && !request.Path.StartsWithSegments("/Error", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(Secret);
            }
        }

        public void OnResourceExecuted(ResourceExecutedContext context)
        {
        }
    }
}
