using System.Net;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Testing;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Account;

/// The password policy on the administrator's pages, and a password reset that does not bypass two-step sign-in
/// (OWASP ASVS 5.0 6.4.3).
[Collection(AppCollection.Name)]
public sealed class AdminPasswordTests(AppFixture app)
{
    private const string Password = "mot cau rat dai de nho 2026";

    [Theory]
    [InlineData("123qweasdzxc", "Mật khẩu này nằm trong danh sách mật khẩu phổ biến, dễ bị đoán; xin chọn mật khẩu khác.")]
    [InlineData("xin chao ad.chinhsach", "Mật khẩu không được chứa tên đăng nhập.")]
    [InlineData("Phạm Quỳnh Anh yêu", "Mật khẩu không được chứa họ tên của người dùng.")]
    [InlineData("Đảng bộ của chúng ta", "Mật khẩu không được chứa tên tổ chức đảng hay các từ như \"dang\", \"dangvien\", \"chibo\".")]
    public async Task The_administrator_sees_why_a_new_accounts_password_is_refused(string password, string message)
    {
        var admin = await app.As(DemoAccounts.Admin);
        var response = await admin.SubmitAsync("/Admin/Users/Create", "form[data-testid=user-create-form]", new Dictionary<string, string>
        {
            ["Input.UserName"] = "ad.chinhsach",
            ["Input.DisplayName"] = "Phạm Quỳnh Anh",
            ["Input.Password"] = password,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await AppClient.ParseAsync(response)).FieldError("Input.Password"));
    }

    [Fact]
    public async Task A_password_reset_by_the_administrator_still_asks_for_the_code()
    {
        var admin = await app.As(DemoAccounts.Admin);
        var created = await admin.SubmitAsync("/Admin/Users/Create", "form[data-testid=user-create-form]", new Dictionary<string, string>
        {
            ["Input.UserName"] = "ad.haibuoc",
            ["Input.DisplayName"] = "Hoàng Minh Tuấn",
            ["Input.Password"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.OriginalString.Split('/')[^1];

        var user = new AppClient(app.Factory);
        await user.SignInAsync("ad.haibuoc", Password);
        var (key, _) = await TwoFactorSteps.EnrolAsync(user, Password);

        var refused = await admin.SubmitAsync($"/Admin/Users/ResetPassword/{id}", "form[data-testid=reset-password-form]",
            new Dictionary<string, string> { ["Input.NewPassword"] = "1qaz2wsx3edc" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(refused)).FieldError("Input.NewPassword"));

        const string NewPassword = "mat khau moi do admin dat cho";
        var reset = await admin.SubmitAsync($"/Admin/Users/ResetPassword/{id}", "form[data-testid=reset-password-form]",
            new Dictionary<string, string> { ["Input.NewPassword"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        var again = new AppClient(app.Factory);
        var signIn = await TwoFactorSteps.PasswordAsync(again, "ad.haibuoc", NewPassword);
        Assert.Equal("/Account/LoginWith2fa?returnUrl=%2F", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await TwoFactorSteps.CodeAsync(again, Authenticator.Code(key, 1))).StatusCode);
    }
}
