namespace PartyMembers.Web.Security;

/// Event ids of the authentication log lines (OWASP ASVS 5.0 16.3.1). They carry the user's id only: never the name
/// typed, the password or a code.
public static class SignInEvents
{
    public static readonly EventId Succeeded = new(1001, "SignInSucceeded");
    public static readonly EventId Failed = new(1002, "SignInFailed");
    public static readonly EventId LockedOut = new(1003, "SignInLockedOut");
    public static readonly EventId SecondFactorRequired = new(1004, "SignInSecondFactorRequired");
    public static readonly EventId SecondFactorSucceeded = new(1005, "SecondFactorSucceeded");
    public static readonly EventId SecondFactorFailed = new(1006, "SecondFactorFailed");
    public static readonly EventId RecoveryCodeUsed = new(1007, "RecoveryCodeUsed");
    public static readonly EventId RecoveryCodeFailed = new(1008, "RecoveryCodeFailed");
    public static readonly EventId Throttled = new(1009, "SignInThrottled");
    public static readonly EventId PasswordChanged = new(1010, "PasswordChanged");
    public static readonly EventId AuthenticatorEnabled = new(1011, "AuthenticatorEnabled");
    public static readonly EventId AuthenticatorReset = new(1012, "AuthenticatorReset");
    public static readonly EventId TwoFactorDisabled = new(1013, "TwoFactorDisabled");
    public static readonly EventId RecoveryCodesRenewed = new(1014, "RecoveryCodesRenewed");
    public static readonly EventId ReauthenticationFailed = new(1015, "ReauthenticationFailed");
}
