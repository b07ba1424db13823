using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Sessions;

/// A browser whose cookies the test holds in its hand: it can copy them to another instance of the application or
/// replay them after sign-out.
internal sealed class CookieBrowser(WebApplicationFactory<Program> factory, Dictionary<string, string>? jar = null)
{
    private readonly HttpClient _http = factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost"),
    });

    public Dictionary<string, string> Jar { get; } = jar ?? new Dictionary<string, string>(StringComparer.Ordinal);

    /// The Set-Cookie headers of the last response.
    public IReadOnlyList<string> LastSetCookies { get; private set; } = [];

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, IReadOnlyDictionary<string, string>? form = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (Jar.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", Jar.Select(c => c.Key + "=" + c.Value)));
        }

        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        var response = await _http.SendAsync(request);
        LastSetCookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        foreach (var header in LastSetCookies)
        {
            var pair = header.Split(';')[0];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = pair[..equals];
            var value = pair[(equals + 1)..];
            if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                Jar.Remove(name);
            }
            else
            {
                Jar[name] = value;
            }
        }

        return response;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => SendAsync(HttpMethod.Get, url);

    /// Loads the page, fills the form with its values overridden by <paramref name="values"/> and posts it.
    public async Task<HttpResponseMessage> SubmitAsync(string url, string formSelector, IReadOnlyDictionary<string, string> values)
    {
        var page = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var document = await AppClient.ParseAsync(page);
        var form = document.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}");
        var fields = AppClient.FormFields(form);
        foreach (var (name, value) in values)
        {
            fields[name] = value;
        }

        var action = form.GetAttribute("action");
        return await SendAsync(HttpMethod.Post, string.IsNullOrEmpty(action) ? url : action, fields);
    }

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        var response = await SubmitAsync("/Account/Login", "main form", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }
}

internal static class SessionAssert
{
    /// The request was sent to the sign-in page: its session is no longer accepted.
    public static void SentToSignIn(HttpResponseMessage response) =>
        Assert.True(
            response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location?.OriginalString.Contains("/Account/Login", StringComparison.Ordinal) == true,
            $"expected the sign-in page, got {(int)response.StatusCode} {response.Headers.Location}");
}
