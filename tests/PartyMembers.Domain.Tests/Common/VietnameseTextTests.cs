using System.Text;
using PartyMembers.Domain.Common;

namespace PartyMembers.Domain.Tests.Common;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Nguyễn Thị Đào", "nguyen thi dao")]
    [InlineData("Đặng Đức Đạt", "dang duc dat")]
    [InlineData("đ Đ", "d d")]
    [InlineData("Trương Quốc Hưng", "truong quoc hung")]
    [InlineData("Phạm Thị Ánh Tuyết", "pham thi anh tuyet")]
    [InlineData("Lê Văn Ơn", "le van on")]
    [InlineData("  Nguyễn   Thị\tĐào  ", "nguyen thi dao")]
    [InlineData("NGUYỄN THỊ ĐÀO", "nguyen thi dao")]
    public void Fold_drops_marks_maps_d_with_stroke_lowercases_and_collapses_spaces(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_text_folds_to_empty(string? text)
    {
        Assert.Equal(string.Empty, VietnameseText.Fold(text));
        Assert.Equal(string.Empty, VietnameseText.Lower(text));
        Assert.Equal(string.Empty, VietnameseText.Tidy(text));
        Assert.Equal(string.Empty, VietnameseText.GivenNameKey(text));
    }

    [Theory]
    [InlineData("Nguyễn Thị Đào")]
    [InlineData("Đặng Đức Đạt")]
    [InlineData("Trương Quốc Hưng")]
    public void Precomposed_and_decomposed_input_give_the_same_keys(string name)
    {
        var composed = name.Normalize(NormalizationForm.FormC);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);

        Assert.Equal(VietnameseText.Fold(composed), VietnameseText.Fold(decomposed));
        Assert.Equal(VietnameseText.Lower(composed), VietnameseText.Lower(decomposed));
        Assert.Equal(VietnameseText.Tidy(composed), VietnameseText.Tidy(decomposed));
        Assert.Equal(VietnameseText.GivenNameKey(composed), VietnameseText.GivenNameKey(decomposed));
    }

    [Fact]
    public void Lower_keeps_the_marks_in_composed_form()
    {
        var lower = VietnameseText.Lower("  NGUYỄN   Thị ĐÀO ".Normalize(NormalizationForm.FormD));

        Assert.Equal("nguyễn thị đào", lower);
        Assert.True(lower.IsNormalized(NormalizationForm.FormC));
        Assert.NotEqual(VietnameseText.Lower("Đào"), VietnameseText.Lower("Dao"));
        Assert.Equal(VietnameseText.Fold("Đào"), VietnameseText.Fold("Dao"));
    }

    [Fact]
    public void Tidy_keeps_case_and_marks_but_collapses_spaces()
    {
        var tidy = VietnameseText.Tidy("\t Nguyễn  Thị \n Đào ".Normalize(NormalizationForm.FormD));

        Assert.Equal("Nguyễn Thị Đào", tidy);
        Assert.True(tidy.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("Nguyễn Thị Đào", "dao")]
    [InlineData("Đặng Đức Đạt", "dat")]
    [InlineData("  Lê Văn   Ơn  ", "on")]
    [InlineData("Đào", "dao")]
    public void GivenNameKey_is_the_folded_last_word(string name, string expected)
    {
        Assert.Equal(expected, VietnameseText.GivenNameKey(name));
    }
}
