using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PartyMembers.Web.Authorization;

/// The record a page acts on is the one its address names. By default MVC reads a handler's parameters from the form
/// before the route, so a form posted to /Members/Edit/{A} with an extra field "id" = B would load, authorise and
/// change B (over-posting, ASVS 15.3.3; tests/PartyMembers.Web.Tests/Authorization/OverPostingTests.cs). Route values
/// are read first here, so a posted "id" or "memberId" can never replace the address's.
public static class RouteFirstBinding
{
    public static IServiceCollection AddRouteFirstBinding(this IServiceCollection services) =>
        services.PostConfigure<MvcOptions>(options =>
        {
            var route = options.ValueProviderFactories.OfType<RouteValueProviderFactory>().ToList();
            foreach (var factory in route)
            {
                options.ValueProviderFactories.Remove(factory);
            }

            foreach (var factory in Enumerable.Reverse(route))
            {
                options.ValueProviderFactories.Insert(0, factory);
            }
        });
}
