using PartyMembers.Domain.Common;

namespace PartyMembers.Domain.Tests;

internal static class ErrorAssert
{
    /// The errors hold one with <paramref name="code"/> on <paramref name="field"/>.
    public static DomainError Has(IEnumerable<DomainError> errors, string code, string? field = null)
    {
        var list = errors.ToList();
        var match = list.FirstOrDefault(e => e.Code == code && e.Field == field);
        Assert.True(match is not null, $"Expected {(field is null ? code : field + ": " + code)}; got [{string.Join("; ", list)}].");
        return match;
    }

    /// The errors are exactly one, with <paramref name="code"/> on <paramref name="field"/>.
    public static DomainError Only(IEnumerable<DomainError> errors, string code, string? field = null)
    {
        var list = errors.ToList();
        Assert.True(
            list.Count == 1 && list[0].Code == code && list[0].Field == field,
            $"Expected only {(field is null ? code : field + ": " + code)}; got [{string.Join("; ", list)}].");
        return list[0];
    }

    public static DomainError Only(Result result, string code, string? field = null)
    {
        Assert.False(result.Succeeded);
        return Only(result.Errors, code, field);
    }

    public static DomainError Only<T>(Result<T> result, string code, string? field = null)
        where T : class
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        return Only(result.Errors, code, field);
    }

    public static void None(IEnumerable<DomainError> errors)
    {
        var list = errors.ToList();
        Assert.True(list.Count == 0, $"Expected no errors; got [{string.Join("; ", list)}].");
    }

    public static void Succeeded(Result result) => None(result.Errors);

    public static T Succeeded<T>(Result<T> result)
        where T : class
    {
        None(result.Errors);
        Assert.NotNull(result.Value);
        return result.Value;
    }
}
