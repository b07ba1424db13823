using System.Net;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Authorization;

[Collection(AppCollection.Name)]
public sealed class AuthorizationMatrixTests(AppFixture app)
{
    public static TheoryData<int, string> Cells()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < AuthorizationMatrix.Rows.Count; i++)
        {
            foreach (var user in AuthorizationMatrix.Users)
            {
                data.Add(i, user);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_user_gets_what_the_matrix_says(int rowIndex, string user)
    {
        var row = AuthorizationMatrix.Rows[rowIndex];
        var data = app.Data;
        var client = user == AuthorizationMatrix.Anonymous ? app.Anonymous()
            : row.FreshSession ? await app.NewSession(user) : await app.As(user);
        var url = row.Url(data);
        using var response = row.Method == "GET"
            ? await client.GetAsync(url)
            : await client.PostAsync(url, new Dictionary<string, string>(), "/Account/Login");

        var expected = row.Expected[user];
        var actual = Classify(response);
        Assert.True(expected == actual, $"{row} as {user}: expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Fact]
    public async Task Every_page_handler_has_a_row()
    {
        var handlers = await HandlersAsync(app.Factory.Services);
        Assert.NotEmpty(handlers);
        var missing = handlers
            .Where(h => !AuthorizationMatrix.Rows.Any(r => r.Page == h.Page && r.Method == h.Method && r.Handler == h.Handler))
            .Select(h => $"{h.Method} {h.Page}{(h.Handler is null ? "" : "?handler=" + h.Handler)}")
            .ToList();
        Assert.True(missing.Count == 0, "Pages without a row in the authorization matrix: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Every_row_names_an_existing_page_handler()
    {
        var handlers = await HandlersAsync(app.Factory.Services);
        var stale = AuthorizationMatrix.Rows.Where(r => !handlers.Contains((r.Page, r.Method, r.Handler))).Select(r => r.ToString()).ToList();
        Assert.True(stale.Count == 0, "Matrix rows for pages that do not exist: " + string.Join(", ", stale));
    }

    /// Every page and handler of the application, read from the compiled Razor Pages.
    public static async Task<HashSet<(string Page, string Method, string? Handler)>> HandlersAsync(IServiceProvider services)
    {
        var descriptors = services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>();
        var loader = services.GetRequiredService<PageLoader>();
        var result = new HashSet<(string, string, string?)>();
        foreach (var descriptor in descriptors)
        {
            var compiled = await loader.LoadAsync(descriptor, Microsoft.AspNetCore.Http.EndpointMetadataCollection.Empty);
            var page = string.IsNullOrEmpty(descriptor.AreaName) ? descriptor.ViewEnginePath : $"/{descriptor.AreaName}{descriptor.ViewEnginePath}";
            if (compiled.HandlerMethods.Count == 0)
            {
                result.Add((page, "GET", null));
            }

            foreach (var handler in compiled.HandlerMethods)
            {
                result.Add((page, handler.HttpMethod.ToUpperInvariant(), handler.Name));
            }
        }

        return result;
    }

    private static Expect Classify(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.Forbidden => Expect.Forbid,
        HttpStatusCode.NotFound => Expect.NotFound,
        // The sign-in challenge carries the page asked for; a sign-out also lands on the sign-in page, without it.
        HttpStatusCode.Redirect when response.Headers.Location?.OriginalString.Contains("/Account/Login?ReturnUrl=", StringComparison.Ordinal) == true
            => Expect.Login,
        HttpStatusCode.OK or HttpStatusCode.Redirect => Expect.Allow,
        _ => (Expect)(-1),
    };
}
