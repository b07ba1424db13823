using System.Globalization;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Organisation;

namespace PartyMembers.Testing;

/// Builds an <see cref="OrganisationUnit"/> with valid defaults: a name by type, established on
/// <see cref="TestDates.Established"/> (or the parent's date, if later), created on <see cref="TestDates.Today"/>.
public sealed class UnitBuilder
{
    private static int _counter;

    private readonly OrganisationUnit? _parent;
    private readonly UnitType _type;
    private string? _name;
    private string? _code;
    private DateOnly? _establishedOn;
    private LegalBasis? _decision;
    private DateOnly _today = TestDates.Today;

    private UnitBuilder(OrganisationUnit? parent, UnitType type)
    {
        _parent = parent;
        _type = type;
    }

    /// A top unit (only <see cref="UnitType.UpperCommittee"/> can be one).
    public static UnitBuilder Root(UnitType type = UnitType.UpperCommittee) => new(null, type);

    /// A unit under <paramref name="parent"/>.
    public static UnitBuilder Under(OrganisationUnit parent, UnitType type) => new(parent, type);

    public UnitBuilder Named(string name, string? code = null)
    {
        _name = name;
        _code = code;
        return this;
    }

    public UnitBuilder EstablishedOn(DateOnly date, LegalBasis? decision = null)
    {
        _establishedOn = date;
        _decision = decision;
        return this;
    }

    public UnitBuilder On(DateOnly today)
    {
        _today = today;
        return this;
    }

    public Result<OrganisationUnit> TryBuild()
    {
        var name = _name ?? DefaultName(_type);
        var established = _establishedOn
            ?? (_parent is not null && _parent.EstablishedOn > TestDates.Established ? _parent.EstablishedOn : TestDates.Established);
        return _parent is null
            ? OrganisationUnit.CreateRoot(_type, name, _code, established, _decision, _today)
            : _parent.CreateChild(_type, name, _code, established, _decision, _today);
    }

    /// Builds the unit, or throws <see cref="BuildFailedException"/> listing the rules broken.
    public OrganisationUnit Build() => BuildFailedException.Unwrap(TryBuild(), $"a {_type} unit");

    public static string DefaultName(UnitType type)
    {
        var n = Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture);
        return type switch
        {
            UnitType.UpperCommittee => "Đảng bộ các cơ quan Đảng tỉnh " + n,
            UnitType.GrassrootsCommittee => "Đảng bộ Sở Tài chính " + n,
            UnitType.GrassrootsCell => "Chi bộ Báo Hà Tĩnh " + n,
            UnitType.SubCommittee => "Đảng bộ bộ phận Văn phòng " + n,
            UnitType.Cell => "Chi bộ Phòng Kế hoạch " + n,
            UnitType.PartyGroup => "Tổ đảng số " + n,
            _ => "Đơn vị " + n,
        };
    }
}
