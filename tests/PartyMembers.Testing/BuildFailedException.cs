using PartyMembers.Domain.Common;

namespace PartyMembers.Testing;

/// A builder's defaults or overrides broke a domain rule; the message lists the errors.
public sealed class BuildFailedException : Exception
{
    public BuildFailedException()
    {
        Errors = [];
    }

    public BuildFailedException(string message)
        : base(message)
    {
        Errors = [];
    }

    public BuildFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public BuildFailedException(string what, IReadOnlyList<DomainError> errors)
        : base($"Could not build {what}: {string.Join("; ", errors)}")
    {
        Errors = errors;
    }

    public IReadOnlyList<DomainError> Errors { get; }

    internal static T Unwrap<T>(Result<T> result, string what)
        where T : class =>
        result.Succeeded ? result.Value! : throw new BuildFailedException(what, result.Errors);
}
