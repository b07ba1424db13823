namespace PartyMembers.Domain.Common;

/// The outcome of a domain operation: success, or the rules it would break. Nothing is changed when it fails.
public sealed class Result
{
    private static readonly Result SuccessInstance = new([]);

    private Result(IReadOnlyList<DomainError> errors) => Errors = errors;

    public IReadOnlyList<DomainError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public static Result Success() => SuccessInstance;

    public static Result Fail(DomainError error) => new([error]);

    public static Result Fail(IEnumerable<DomainError> errors)
    {
        var list = errors.ToList();
        return list.Count == 0 ? SuccessInstance : new Result(list);
    }

    public static Result Fail(string code, string? field = null, params object[] arguments) =>
        Fail(new DomainError(code, field, arguments));
}
