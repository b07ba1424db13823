namespace PartyMembers.Infrastructure.Identity;

/// The organisation's name as configured (Organisation:TopUnitName); the validator also reads the top units' names.
public sealed class PasswordPolicyOptions
{
    public string? OrganisationName { get; set; }
}
