namespace PartyMembers.Domain.Common;

/// A domain operation that creates something: the value, or the rules it would break.
public sealed class Result<T>
    where T : class
{
    private Result(T? value, IReadOnlyList<DomainError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<DomainError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public static Result<T> Ok(T value) => new(value, []);

    public static Result<T> Fail(IEnumerable<DomainError> errors)
    {
        var list = errors.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A failure needs at least one error.", nameof(errors));
        }

        return new Result<T>(null, list);
    }

    public static Result<T> Fail(string code, string? field = null, params object[] arguments) =>
        Fail([new DomainError(code, field, arguments)]);
}
