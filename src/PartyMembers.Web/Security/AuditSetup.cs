using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using PartyMembers.Infrastructure.Auditing;

namespace PartyMembers.Web.Security;

/// The access log's web side (ADR 0015): refused requests are journalled; the pages journal views and downloads.
public static class AuditSetup
{
    /// Entity name of a Denied row: the key is the route's record id, when there is one.
    public const string DeniedEntity = "Page";

    public static IServiceCollection AddAuditJournal(this IServiceCollection services)
    {
        services.Configure<MvcOptions>(options => options.Filters.Add<AntiforgeryRefusalJournal>());
        return services;
    }

    /// Records Denied for every 403 the app gives a signed-in user. An anonymous user is sent to sign in (not an
    /// authorisation failure); the status code page's re-execution of the same request is not counted twice.
    public static IApplicationBuilder UseAccessJournal(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Response.StatusCode == StatusCodes.Status403Forbidden
                && context.User.Identity?.IsAuthenticated == true
                && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
            {
                await RecordDeniedAsync(context);
            }
        });

    internal static Task RecordDeniedAsync(HttpContext context)
    {
        var key = context.GetRouteValue("id") is { } id && Guid.TryParse(id.ToString(), out var guid) ? guid.ToString() : string.Empty;
        var journal = context.RequestServices.GetRequiredService<IAccessJournal>();
        return journal.RecordAsync(AccessKind.Denied, DeniedEntity, key, null, (context.Request.PathBase + context.Request.Path).Value ?? string.Empty);
    }
}

/// A form posted without a valid antiforgery token is refused (400) before the page runs: journalled as Denied.
public sealed class AntiforgeryRefusalJournal : IAsyncAlwaysRunResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            await AuditSetup.RecordDeniedAsync(context.HttpContext);
        }

        await next();
    }
}
