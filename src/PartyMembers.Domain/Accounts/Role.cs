namespace PartyMembers.Domain.Accounts;

/// What an assignment lets a person do in a unit and everything below it.
public enum Role
{
    /// Bí thư chi bộ: records the cell's members, meetings, fees and requests.
    CellSecretary,

    /// Bí thư / cấp ủy đảng ủy cơ sở: resolves and comments for the grassroots organisation.
    GrassrootsSecretary,

    /// Ban Tổ chức (Ban Xây dựng Đảng) of the upper committee: appraises, approves transfers and removals, keeps the registry.
    OrganisationBoard,

    /// Ủy ban Kiểm tra: inspection and discipline.
    InspectionCommittee,

    /// Ban Thường vụ: decides and reads the yearly reports.
    StandingCommittee,

    /// Manages accounts, the organisation structure, holidays and rule parameters; never sees member data.
    Administrator,
}
