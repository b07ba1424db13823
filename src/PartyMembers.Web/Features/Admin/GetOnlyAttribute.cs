using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace PartyMembers.Web.Features.Admin;

/// For pages that only read. Razor Pages renders a page even when no handler matches the request's method, so a POST
/// to a read-only page would render it with an empty model; it gets 405 instead.
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GetOnlyAttribute : Attribute, IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
