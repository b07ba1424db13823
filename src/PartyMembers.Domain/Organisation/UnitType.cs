namespace PartyMembers.Domain.Organisation;

/// Kinds of party organisation from the committee directly above grassroots level down to the party group.
/// Glossary: docs/domain/glossary.md.
public enum UnitType
{
    /// Đảng bộ cấp trên trực tiếp của tổ chức cơ sở đảng ("cấp trên cơ sở"), e.g. Đảng bộ các cơ quan Đảng tỉnh (formerly Đảng bộ Khối).
    UpperCommittee,

    /// Đảng bộ cơ sở: grassroots party committee (30 or more members, has cells under it).
    GrassrootsCommittee,

    /// Chi bộ cơ sở: grassroots cell (fewer than 30 members, no cells under it).
    GrassrootsCell,

    /// Đảng bộ bộ phận: sub-committee inside a large grassroots committee.
    SubCommittee,

    /// Chi bộ trực thuộc: cell under a grassroots committee or sub-committee.
    Cell,

    /// Tổ đảng: party group inside a large cell.
    PartyGroup,
}
