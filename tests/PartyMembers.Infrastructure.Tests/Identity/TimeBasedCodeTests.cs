using System.Text;
using PartyMembers.Infrastructure.Identity;

namespace PartyMembers.Infrastructure.Tests.Identity;

public sealed class TimeBasedCodeTests
{
    /// RFC 6238 appendix B, SHA-1 key, the last six of the eight digits.
    private static readonly byte[] Secret = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    public void Codes_match_the_rfc_test_vectors(long unixSeconds, string code) =>
        Assert.Equal(code, TimeBasedCode.Compute(Secret, TimeBasedCode.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds))));

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(-2, false)]
    [InlineData(2, false)]
    public void A_code_is_accepted_within_one_step_either_side(int stepsAway, bool accepted)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_015);
        var step = TimeBasedCode.StepAt(now) + stepsAway;
        var match = TimeBasedCode.Match(Secret, TimeBasedCode.Compute(Secret, step), now, lastAcceptedStep: null);
        Assert.Equal(accepted ? step : null, match);
    }

    [Fact]
    public void A_code_of_the_last_accepted_step_or_before_is_refused()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_015);
        var current = TimeBasedCode.StepAt(now);
        var code = TimeBasedCode.Compute(Secret, current);
        Assert.Equal(current, TimeBasedCode.Match(Secret, code, now, current - 1));
        Assert.Null(TimeBasedCode.Match(Secret, code, now, current));
        Assert.Null(TimeBasedCode.Match(Secret, TimeBasedCode.Compute(Secret, current - 1), now, current));
        Assert.Equal(current + 1, TimeBasedCode.Match(Secret, TimeBasedCode.Compute(Secret, current + 1), now, current));
    }

    [Theory]
    [InlineData("123 456", "123456")]
    [InlineData("123-456", "123456")]
    [InlineData("12345", null)]
    [InlineData("1234567", null)]
    [InlineData("12345a", null)]
    [InlineData("١٢٣٤٥٦", null)]
    [InlineData(null, null)]
    public void Only_six_ascii_digits_are_a_code(string? typed, string? normalised) => Assert.Equal(normalised, TimeBasedCode.Normalise(typed));

    [Fact]
    public void Base32_decodes_the_rfc_4648_vectors() =>
        Assert.Equal("foobar"u8.ToArray(), Base32.Decode("MZXW 6YTB OI======"));
}
