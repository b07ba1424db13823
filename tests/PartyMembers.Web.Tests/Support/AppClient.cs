using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PartyMembers.Web.Tests.Support;

/// A browser-like client over real HTTP: keeps cookies, does not follow redirects (tests look at them), parses pages
/// with AngleSharp and submits forms with the antiforgery token the page rendered.
public sealed class AppClient
{
    private static readonly IBrowsingContext Browser = BrowsingContext.New(Configuration.Default);

    public AppClient(WebApplicationFactory<Program> factory)
    {
        // https: the cookies are Secure, and a cookie container sends a Secure cookie over https only.
        Http = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost"),
        });
    }

    public HttpClient Http { get; }

    public async Task SignInAsync(string userName, string password)
    {
        var response = await SubmitAsync("/Account/Login", "main form", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {userName} failed: {(int)response.StatusCode}");
        }
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        return (response, await ParseAsync(response));
    }

    /// Loads <paramref name="url"/>, fills the form found by <paramref name="formSelector"/> with its current values
    /// overridden by <paramref name="values"/>, and posts it (with the antiforgery token) to the form's action.
    public async Task<HttpResponseMessage> SubmitAsync(string url, string formSelector, IReadOnlyDictionary<string, string> values)
    {
        var (response, document) = await GetPageAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return response;
        }

        var form = document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}");
        return await PostFormAsync(form, url, values);
    }

    public async Task<HttpResponseMessage> PostFormAsync(IHtmlFormElement form, string pageUrl, IReadOnlyDictionary<string, string> values)
    {
        var fields = FormFields(form);
        foreach (var (name, value) in values)
        {
            fields[name] = value;
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action;
        using var content = new FormUrlEncodedContent(fields);
        return await Http.PostAsync(target, content);
    }

    /// Posts raw fields with a fresh antiforgery token taken from <paramref name="tokenPageUrl"/>.
    public async Task<HttpResponseMessage> PostAsync(string url, IReadOnlyDictionary<string, string> fields, string? tokenPageUrl = null)
    {
        var (_, document) = await GetPageAsync(tokenPageUrl ?? "/");
        var token = document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
            ?? throw new InvalidOperationException("No antiforgery token on " + (tokenPageUrl ?? "/"));
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        using var content = new FormUrlEncodedContent(all);
        return await Http.PostAsync(url, content);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return (IHtmlDocument)await Browser.OpenAsync(request => request.Content(html));
    }

    /// The values a browser would send for the form as rendered.
    public static Dictionary<string, string> FormFields(IHtmlFormElement form)
    {
        var fields = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input:
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            fields[name] = input.Value;
                        }
                    }
                    else if (input.Type is not ("submit" or "button"))
                    {
                        fields[name] = input.Value;
                    }

                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    fields[name] = select.SelectedOptions.Length > 0 ? select.SelectedOptions[0].Value : string.Empty;
                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } area:
                    fields[name] = area.Value;
                    break;
            }
        }

        return fields;
    }
}

public static class DocumentExtensions
{
    /// The validation message shown beside a field (by its input name), or null.
    public static string? FieldError(this IDocument document, string field) =>
        document.QuerySelector($"span[data-valmsg-for='{field}']")?.TextContent.Trim() is { Length: > 0 } text ? text : null;

    public static string Text(this IDocument document) => document.Body?.TextContent ?? string.Empty;
}
