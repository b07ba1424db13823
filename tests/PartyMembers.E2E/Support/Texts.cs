namespace PartyMembers.E2E.Support;

/// The texts the user sees, copied from src/PartyMembers.Web/Resources/Core.vi.json and Core.en.json: the tests read
/// the page as a person does, so a changed or missing text shows up here.
public static class Texts
{
    // Vietnamese (the default language).
    public const string SignIn = "Đăng nhập";
    public const string SignOut = "Đăng xuất";
    public const string Switch = "Đổi";
    public const string DashboardTitle = "Trang chủ";
    public const string DashboardIntro = "Các nhiệm vụ đồng chí đang đảm nhiệm và những việc có thể làm:";
    public const string DashboardSince = "Từ ngày ";
    public const string RoleCellSecretary = "Bí thư chi bộ";
    public const string RoleAdministrator = "Quản trị hệ thống";
    public const string MenuMembers = "Đảng viên";
    public const string MenuUnits = "Tổ chức đảng";
    public const string MembersTitle = "Đảng viên";
    public const string Find = "Tìm";
    public const string Edit = "Sửa thông tin";
    public const string Save = "Lưu";
    public const string PersonalIdNumber = "Số định danh cá nhân";
    public const string Residence = "Nơi thường trú";
    public const string MemberSaved = "Đã lưu thông tin đảng viên.";
    public const string FormHasErrors = "Thông tin chưa hợp lệ, xin kiểm tra các mục dưới đây.";
    public const string PersonalIdFormat = "Số định danh cá nhân phải gồm đúng 12 chữ số.";
    public const string Forbidden = "Không có quyền truy cập";
    public const string ForbiddenText = "Tài khoản của đồng chí không có quyền xem hoặc thay đổi nội dung này.";

    // Administration (src/PartyMembers.Web/Resources/Admin.vi.json).
    public const string UnitsTitle = "Tổ chức đảng";
    public const string UnitsCreate = "Thêm tổ chức đảng";
    public const string UnitsAddChild = "Thêm trực thuộc";
    public const string UnitParent = "Trực thuộc";
    public const string UnitType = "Loại tổ chức";
    public const string UnitTypeCell = "Chi bộ trực thuộc";
    public const string UnitName = "Tên tổ chức";
    public const string UnitCode = "Mã tổ chức";
    public const string UnitEstablishedOn = "Ngày thành lập";
    public const string UnitCreated = "Đã thêm tổ chức đảng.";

    public static string PersonalIdProvince(string code) => $"Mã tỉnh \"{code}\" (3 chữ số đầu) không phải mã nơi đăng ký khai sinh hợp lệ.";

    // English.
    public const string EnglishDashboardTitle = "Home";
    public const string EnglishDashboardIntro = "The assignments you hold and what each lets you do:";
    public const string EnglishDashboardSince = "From ";
    public const string EnglishRoleCellSecretary = "Cell secretary";
    public const string EnglishMenuMembers = "Members";
    public const string EnglishSignOut = "Sign out";
    public const string EnglishSwitch = "Switch";
    public const string EnglishDateOfBirth = "Date of birth";
}
