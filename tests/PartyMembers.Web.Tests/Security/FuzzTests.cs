using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Infrastructure.Auditing;
using PartyMembers.Web.Tests.Authorization;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Security;

/// Posts the 1,000 values of <see cref="FuzzValues"/> across every form of the application, one field replaced per
/// request (the rest as rendered, antiforgery token kept). The forms are found by loading every GET page of the
/// authorization matrix as a user the matrix lets in, preferring one that may also post it. No response is a server
/// error; a refused post saves nothing (no audit row of an insert, update or delete); no response renders injected
/// markup as markup. A post that is accepted (a redirect) is fine: the value was valid text.
/// The application is its own (the class fixture), so what the posts change touches no other test.
public sealed partial class FuzzTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly System.Buffers.SearchValues<char> MarkupCharacters = System.Buffers.SearchValues.Create("<>\"'=:");

    [Fact]
    public async Task A_thousand_hostile_values_across_every_form_never_fail_save_partially_or_render_unescaped()
    {
        var forms = await DiscoverFormsAsync();
        Assert.True(forms.Count >= 20, $"only {forms.Count} forms found: " + string.Join(", ", forms.Select(f => f.Key)));

        var values = FuzzValues.All;
        Assert.Equal(FuzzValues.Count, values.Count);

        // Value i goes to form i mod n, so every value is used once and every form gets about 1000 / n of them; each
        // form cycles through its fields.
        var failures = new List<string>();
        var outcomes = new Dictionary<string, int>();
        var posted = 0;
        for (var f = 0; f < forms.Count; f++)
        {
            var form = forms[f];
            var n = 0;
            for (var v = f; v < values.Count; v += forms.Count)
            {
                var field = form.FuzzableFields[n++ % form.FuzzableFields.Count];
                var outcome = await PostAsync(form, field, values[v], failures);
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                posted++;
            }
        }

        Assert.Equal(values.Count, posted);
        var summary = string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}: {o.Value}"));
        Assert.True(failures.Count == 0, $"{failures.Count} failures ({summary}):\n" + string.Join("\n", failures.Take(40)));

        // Most posts reached the page's own validation: a run where sessions were lost on the way tests little.
        Assert.True(outcomes.GetValueOrDefault("login") < values.Count / 20, "too many posts were sent to the sign-in page: " + summary);
    }

    private async Task<string> PostAsync(FormUnderTest form, string field, FuzzValue value, List<string> failures)
    {
        var what = $"{form.Key} as {form.User}, field {field} = {value}";
        var client = form.User == AuthorizationMatrix.Anonymous ? app.Anonymous() : await app.As(form.User);
        var before = await app.Factory.WithDbAsync(db => db.AuditEntries.MaxAsync(a => (long?)a.Id)) ?? 0;

        var body = new StringBuilder();
        foreach (var (name, current) in form.Fields)
        {
            Append(body, Uri.EscapeDataString(name), name == field ? value.EncodedValue : Uri.EscapeDataString(current));
        }

        if (!form.Fields.ContainsKey(field))
        {
            Append(body, Uri.EscapeDataString(field), value.EncodedValue);
        }

        for (var i = 0; i < value.ExtraFields; i++)
        {
            Append(body, "f" + i.ToString(CultureInfo.InvariantCulture), value.EncodedValue);
        }

        using var content = new StringContent(body.ToString(), Encoding.ASCII, "application/x-www-form-urlencoded");
        content.Headers.ContentType!.CharSet = null;
        using var response = await client.Http.PostAsync(form.Action, content);
        var status = (int)response.StatusCode;
        var html = await response.Content.ReadAsStringAsync();

        if (status >= 500)
        {
            failures.Add($"{status}: {what}");
            return "5xx";
        }

        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found)
        {
            return response.Headers.Location?.OriginalString.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase) == true
                && form.User != AuthorizationMatrix.Anonymous ? "login" : "accepted";
        }

        // Refused: nothing saved. A refused sign-in may count the failure on the account by design.
        if (!form.IsSignIn)
        {
            var written = await app.Factory.WithDbAsync(db => db.AuditEntries
                .Where(a => a.Id > before)
                .Where(a => a.Action == AuditAction.Insert || a.Action == AuditAction.Update || a.Action == AuditAction.Delete)
                .Select(a => a.Entity)
                .ToListAsync());
            if (written.Count > 0)
            {
                failures.Add($"{status} but saved {string.Join(", ", written)}: {what}");
            }
        }

        // Only a value with markup characters can become markup; the others skip the parse.
        if (value.Text.AsSpan().IndexOfAny(MarkupCharacters) >= 0 && Unescaped(html) is { } markup)
        {
            failures.Add($"{status} rendered {markup} unescaped: {what}");
        }

        SecurityAssertions.NoStackTrace(html, what);
        return status.ToString(CultureInfo.InvariantCulture);
    }

    /// Injected markup the browser would run or render: a script with inline code, an event handler attribute, a
    /// javascript: address, or an element only the fuzz values carry.
    private static string? Unescaped(string html)
    {
        // "onerror=alert(1)" alone is harmless text once its quotes and brackets are encoded; the parse below finds it
        // when it did become an attribute.
        if (html.Contains("<script>alert", StringComparison.OrdinalIgnoreCase) || html.Contains("<img src=x", StringComparison.OrdinalIgnoreCase))
        {
            return "a literal payload";
        }

        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        if (document.Scripts.Any(s => string.IsNullOrEmpty(s.Source)))
        {
            return "an inline <script>";
        }

        foreach (var element in document.All)
        {
            if (element.LocalName is "svg" or "iframe" or "math" or "style"
                || (element.LocalName == "img" && element.GetAttribute("src") == "x"))
            {
                return $"a <{element.LocalName}> element";
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || attribute.Name is "style" or "xlink:href"
                    || (attribute.Name is "href" or "src" or "action" && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)))
                {
                    return $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">";
                }
            }
        }

        return null;
    }

    private static void Append(StringBuilder body, string name, string encodedValue)
    {
        if (body.Length > 0)
        {
            body.Append('&');
        }

        body.Append(name).Append('=').Append(encodedValue);
    }

    /// Every POST form on every GET page of the matrix, once per page and handler, with the user who posts it.
    /// Forms that end or cancel something come last, so that what they change cannot stop the others.
    private async Task<List<FormUnderTest>> DiscoverFormsAsync()
    {
        var found = new Dictionary<string, FormUnderTest>(StringComparer.Ordinal);
        var cultureSeen = false;
        foreach (var row in AuthorizationMatrix.Rows.Where(r => r.Method == "GET"))
        {
            var user = Poster(row);
            if (user is null)
            {
                continue;
            }

            var url = row.Url(app.Data);
            var client = user == AuthorizationMatrix.Anonymous ? app.Anonymous() : await app.As(user);
            var (response, document) = await client.GetPageAsync(url);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            foreach (var form in document.QuerySelectorAll<IHtmlFormElement>("form"))
            {
                if (!string.Equals(form.Method, "post", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
                var path = action.Split('?')[0];
                if (path.StartsWith("/Account/Logout", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var isCulture = path.StartsWith("/Culture", StringComparison.OrdinalIgnoreCase);
                if (isCulture && cultureSeen)
                {
                    continue;
                }

                cultureSeen |= isCulture;
                var fields = AppClient.FormFields(form);
                var handler = Regex.Match(action, "[?&]handler=([^&]+)").Groups[1].Value;
                var fuzzable = fields.Keys.Where(k => k != "__RequestVerificationToken").ToList();
                if (fuzzable.Count == 0)
                {
                    // A form of buttons only (a step confirmation): the fuzzed value goes into a field it does not have.
                    fuzzable.Add("Input.Reason");
                }

                var key = $"{Guids().Replace(path, "{id}")}{(handler.Length > 0 ? "?handler=" + handler : "")} [{string.Join(",", fuzzable.Order(StringComparer.Ordinal))}]";
                found.TryAdd(key, new FormUnderTest(key, user, action, fields, fuzzable, path.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase)));
            }
        }

        return found.Values
            .OrderBy(f => EndsSomething().IsMatch(f.Key) ? 1 : 0)
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// A user the matrix lets load the page, preferring one it also lets post the same page for the same record.
    private static string? Poster(MatrixRow row)
    {
        var readers = row.Expected.Where(e => e.Value == Expect.Allow).Select(e => e.Key).ToList();
        if (readers.Count == 0)
        {
            return null;
        }

        var posts = AuthorizationMatrix.Rows.Where(r => r.Page == row.Page && r.Method == "POST").ToList();
        var samecase = posts.Where(r => r.Case == row.Case).ToList();
        foreach (var candidates in new[] { samecase, posts })
        {
            var writer = readers.FirstOrDefault(u => u != AuthorizationMatrix.Anonymous && candidates.Any(r => r.Expected[u] == Expect.Allow));
            if (writer is not null)
            {
                return writer;
            }
        }

        return readers.FirstOrDefault(u => u != AuthorizationMatrix.Anonymous) ?? readers[0];
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guids();

    [GeneratedRegex("Cancel|Withdraw|Dissolve|Disable|Enable|End|Return|Flag|Accept|Receive|Void|Close|Reset|Decide|Ceremony|Arrival|Issue", RegexOptions.IgnoreCase)]
    private static partial Regex EndsSomething();

    private sealed record FormUnderTest(
        string Key, string User, string Action, IReadOnlyDictionary<string, string> Fields, IReadOnlyList<string> FuzzableFields, bool IsSignIn);
}
