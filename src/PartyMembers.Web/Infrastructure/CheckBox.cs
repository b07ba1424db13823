namespace PartyMembers.Web.Infrastructure;

/// A checkbox field for the _CheckBox partial. The checkbox tag helper throws when it redisplays a posted value that
/// is not a boolean, so boolean fields are written by this partial instead.
public sealed record CheckBox(string Name, bool Checked, string Label, string? Help = null)
{
    public string Id => Name.Replace('.', '_');
}
