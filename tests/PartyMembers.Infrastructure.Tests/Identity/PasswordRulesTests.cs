using PartyMembers.Infrastructure.Identity;

namespace PartyMembers.Infrastructure.Tests.Identity;

public sealed class PasswordRulesTests
{
    private static readonly string[] Organisation = ["Đảng bộ các cơ quan Đảng tỉnh Hà Tĩnh"];

    private static IReadOnlyList<PasswordProblem> Check(string password, string userName = "chibo.tonghop", string displayName = "Nguyễn Thị Đào") =>
        PasswordRules.Check(password, userName, displayName, Organisation, CommonPasswords.All);

    [Fact]
    public void The_shipped_list_holds_the_zxcvbn_passwords() =>
        Assert.True(CommonPasswords.All.Count >= 10_000 && CommonPasswords.All.Contains("password") && CommonPasswords.All.Contains("1qaz2wsx3edc"));

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("mot cau rat dai de nho 2026")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void A_password_with_none_of_the_problems_passes(string password) => Assert.Empty(Check(password));

    [Theory]
    [InlineData("PASSWORD", PasswordProblem.Common)]
    [InlineData("123qweasdzxc", PasswordProblem.Common)]
    [InlineData("xin chao chibo.tonghop", PasswordProblem.ContainsUserName)]
    [InlineData("TongHop-mua-xuan-2026", PasswordProblem.ContainsUserName)]
    [InlineData("nguyen moi nhat 2026", PasswordProblem.ContainsDisplayName)]
    [InlineData("NGUYỄN-yêu-thương", PasswordProblem.ContainsDisplayName)]
    [InlineData("đảng viên mẫu mực", PasswordProblem.ContainsOrganisation)]
    [InlineData("D a n g v i e n 2026", PasswordProblem.ContainsOrganisation)]
    [InlineData("Hà-Tĩnh-quê-tôi-2026", PasswordProblem.ContainsOrganisation)]
    [InlineData("co quan cua toi 2026", PasswordProblem.ContainsOrganisation)]
    public void A_password_with_a_problem_is_refused_for_it(string password, PasswordProblem problem) =>
        Assert.Contains(problem, Check(password, "bithu.tonghop"));

    [Fact]
    public void Above_128_characters_is_too_long_and_short_words_of_a_name_are_not_refused()
    {
        Assert.Contains(PasswordProblem.TooLong, Check(new string('z', 129)));
        Assert.DoesNotContain(PasswordProblem.TooLong, Check(new string('z', 128)));

        // "Thị" and "Đào" are three letters: too common a syllable to refuse.
        Assert.Empty(Check("thi dao la mot cau tho hay", "x.y"));
    }
}
