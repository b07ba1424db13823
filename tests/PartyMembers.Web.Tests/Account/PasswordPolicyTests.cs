using System.Net;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Account;

/// The password policy through the change-password page (OWASP ASVS 5.0 6.2.1-6.2.11): 12 to 128 characters, no
/// composition rules, not on the shipped common list, not containing the user name, the person's name (marks folded)
/// or the organisation's name and party words; each refusal beside the field, in Vietnamese.
public sealed class PasswordPolicyTests(PasswordPolicyTests.App app) : IClassFixture<PasswordPolicyTests.App>
{
    public sealed class App : IDisposable
    {
        public AccountTestApp Accounts { get; } = new();

        public void Dispose() => Accounts.Dispose();
    }

    private const string Current = "mot cau rat dai de nho 2026";
    private const string Form = "form[data-testid=change-password-form]";

    public static TheoryData<string, string, string> Refused() => new()
    {
        { "ngan-qua", "Input.NewPassword", "Mật khẩu phải có ít nhất 12 ký tự." },
        { new string('a', 100) + new string('b', 29), "Input.NewPassword", "Mật khẩu có tối đa 128 ký tự." },
        { "1qaz2wsx3edc", "Input.NewPassword", "Mật khẩu này nằm trong danh sách mật khẩu phổ biến, dễ bị đoán; xin chọn mật khẩu khác." },
        { "QWERTY123456", "Input.NewPassword", "Mật khẩu này nằm trong danh sách mật khẩu phổ biến, dễ bị đoán; xin chọn mật khẩu khác." },
        { "toi la {user} nhe", "Input.NewPassword", "Mật khẩu không được chứa tên đăng nhập." },
        { "mua thu THẮNG lợi 99", "Input.NewPassword", "Mật khẩu không được chứa họ tên của người dùng." },
        { "thang-loi-mua-xuan", "Input.NewPassword", "Mật khẩu không được chứa họ tên của người dùng." },
        { "Đảng viên mẫu mực 2026", "Input.NewPassword", "Mật khẩu không được chứa tên tổ chức đảng hay các từ như \"dang\", \"dangvien\", \"chibo\"." },
        { "toi yeu chibo cua toi", "Input.NewPassword", "Mật khẩu không được chứa tên tổ chức đảng hay các từ như \"dang\", \"dangvien\", \"chibo\"." },
        { "hà tĩnh quê hương tôi", "Input.NewPassword", "Mật khẩu không được chứa tên tổ chức đảng hay các từ như \"dang\", \"dangvien\", \"chibo\"." },
        { "a different phrase 1", "Input.ConfirmPassword", "Mật khẩu nhập lại không khớp." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_refused_password_is_explained_beside_its_field_and_the_old_one_still_works(string password, string field, string message)
    {
        var userName = "pw." + Guid.NewGuid().ToString("N")[..8];
        await app.Accounts.CreateUserAsync(userName, Current, "Trần Văn Thắng");
        var client = new AppClient(app.Accounts.Factory);
        await client.SignInAsync(userName, Current);
        var typed = password.Replace("{user}", userName, StringComparison.Ordinal);
        var confirm = field == "Input.ConfirmPassword" ? "something else entirely" : typed;

        var response = await client.SubmitAsync("/Account/Manage/ChangePassword", Form, new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Current,
            ["Input.NewPassword"] = typed,
            ["Input.ConfirmPassword"] = confirm,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await AppClient.ParseAsync(response);
        Assert.Contains(message, document.FieldError(field), StringComparison.Ordinal);
        await new AppClient(app.Accounts.Factory).SignInAsync(userName, Current);
    }

    [Theory]
    [InlineData("ca dao tuc ngu mua xuan")]
    [InlineData("Một câu dài tiếng Việt có dấu 2026 !!")]
    [InlineData("a 64 character passphrase is welcome here and all of it is kept.")]
    [InlineData("nothing but lower case letters and spaces, but 128 characters long: the ceiling is kept so that hashing stays cheap for us all!!")]
    public async Task A_long_password_without_composition_rules_is_accepted_and_signs_in(string password)
    {
        var userName = "ok." + Guid.NewGuid().ToString("N")[..8];
        await app.Accounts.CreateUserAsync(userName, Current, "Lê Thị Hoa");
        var client = new AppClient(app.Accounts.Factory);
        await client.SignInAsync(userName, Current);

        var response = await client.SubmitAsync("/Account/Manage/ChangePassword", Form, new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Current,
            ["Input.NewPassword"] = password,
            ["Input.ConfirmPassword"] = password,
        });

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, (await AppClient.ParseAsync(response)).Text());
        Assert.Equal("/Account/Manage", response.Headers.Location?.OriginalString);

        // This browser keeps working after the change; the new password signs in, the old one no longer does.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Manage")).StatusCode);
        await new AppClient(app.Accounts.Factory).SignInAsync(userName, password);
        await Assert.ThrowsAsync<InvalidOperationException>(() => new AppClient(app.Accounts.Factory).SignInAsync(userName, Current));
    }

    [Fact]
    public async Task The_current_password_is_required_to_change_it()
    {
        var userName = "cur." + Guid.NewGuid().ToString("N")[..8];
        await app.Accounts.CreateUserAsync(userName, Current);
        var client = new AppClient(app.Accounts.Factory);
        await client.SignInAsync(userName, Current);

        var response = await client.SubmitAsync("/Account/Manage/ChangePassword", Form, new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "not the current one at all",
            ["Input.NewPassword"] = "mot mat khau moi hoan toan",
            ["Input.ConfirmPassword"] = "mot mat khau moi hoan toan",
        });

        Assert.Equal("Mật khẩu hiện tại không đúng.", (await AppClient.ParseAsync(response)).FieldError("Input.CurrentPassword"));
        await new AppClient(app.Accounts.Factory).SignInAsync(userName, Current);
    }
}
