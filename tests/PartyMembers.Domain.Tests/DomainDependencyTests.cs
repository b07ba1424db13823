using System.Reflection;
using PartyMembers.Domain.Organisation;

namespace PartyMembers.Domain.Tests;

/// architecture.md: "Domain references nothing"; a test fails when Domain references EF Core or ASP.NET.
public class DomainDependencyTests
{
    private static readonly Assembly Domain = typeof(OrganisationUnit).Assembly;

    [Fact]
    public void The_domain_references_no_EF_Core_or_ASP_NET_Core_assembly()
    {
        var names = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(names);
        Assert.DoesNotContain(names, n => n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.StartsWith("Microsoft.Extensions", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.StartsWith("PartyMembers", StringComparison.Ordinal));
    }

    [Fact]
    public void The_domain_references_only_the_base_class_library()
    {
        // Every reference must be a System.* assembly (or a facade of it) that the runtime itself ships in
        // Microsoft.NETCore.App, not a package and not the ASP.NET Core shared framework.
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

        Assert.All(Domain.GetReferencedAssemblies(), reference =>
        {
            var name = reference.Name!;
            Assert.True(
                name == "System" || name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard" or "mscorlib",
                $"{name} is not part of the base class library.");

            var loaded = Assembly.Load(reference);
            Assert.Equal(runtimeDirectory, Path.GetDirectoryName(loaded.Location));
        });
    }
}
