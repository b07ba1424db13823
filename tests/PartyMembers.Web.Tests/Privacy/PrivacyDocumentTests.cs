using PartyMembers.Web.Features.Privacy;

namespace PartyMembers.Web.Tests.Privacy;

/// docs/privacy.md lists the kinds of data the code lists (DataCatalogue), each with the same class.
public sealed class PrivacyDocumentTests
{
    [Fact]
    public void The_document_classes_every_kind_of_data_as_the_code_does()
    {
        var lines = File.ReadAllLines(RepositoryFile("docs/privacy.md"));
        var rows = lines.Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        foreach (var category in DataCatalogue.Categories)
        {
            var row = rows.SingleOrDefault(r => r.StartsWith($"| `{category.Key}` |", StringComparison.Ordinal));
            Assert.True(row is not null, $"docs/privacy.md has no row for `{category.Key}`");
            Assert.EndsWith($"| {category.Class} |", row, StringComparison.Ordinal);
        }

        var documented = rows.Where(r => r.Split('|')[^2].Trim() is "Basic" or "Sensitive").Select(r => r.Split('`')[1]).ToList();
        Assert.Equal(DataCatalogue.Categories.Select(c => c.Key).Order(), documented.Order());
    }

    private static string RepositoryFile(string relative)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PartyMembers.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Repository root not found"), relative);
    }
}
