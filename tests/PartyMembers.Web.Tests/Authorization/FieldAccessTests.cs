using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Authorization;

/// The field-level rule (docs/security.md "Field-level rules"): the personal ID and the family and political history
/// reach only the cell, the grassroots committee over it, the organisation board and the inspection committee; the
/// standing committee sees names, dates and status; the value never travels in the HTML of a role without the right.
[Collection(AppCollection.Name)]
public sealed class FieldAccessTests(AppFixture app)
{
    private const string Hidden = "không có quyền xem";

    /// Readers of the Tổng hợp cell and whether they see the sensitive fields there.
    public static TheoryData<string, bool> TongHopReaders() => new()
    {
        { DemoAccounts.Board, true },
        { DemoAccounts.Inspection, true },
        { DemoAccounts.GrassrootsVanPhong, true },
        { DemoAccounts.CellTongHop, true },
        { DemoAccounts.Standing, false },
    };

    [Fact]
    public void The_rule_gives_both_classes_to_the_four_roles_and_nothing_to_the_standing_committee_or_the_administrator()
    {
        foreach (var field in Enum.GetValues<FieldClass>())
        {
            Assert.Equal(
                [Role.CellSecretary, Role.GrassrootsSecretary, Role.OrganisationBoard, Role.InspectionCommittee],
                Enum.GetValues<Role>().Where(r => FieldAccess.Sees(r, field)).Order().ToArray());
        }
    }

    [Fact]
    public void Every_role_that_edits_member_details_may_see_the_personal_id_it_edits()
    {
        foreach (var role in Enum.GetValues<Role>().Where(RoleRules.CanEditMembers))
        {
            Assert.True(FieldAccess.Sees(role, FieldClass.PersonalId), $"{role} edits the personal ID without seeing it");
        }
    }

    [Theory]
    [MemberData(nameof(TongHopReaders))]
    public async Task Member_details_show_the_personal_id_and_a_12_digit_card_only_to_the_roles_of_the_rule(string user, bool sees)
    {
        var (memberId, personalId, card) = await app.Factory.WithDbAsync(async db =>
        {
            var m = await db.Members.AsNoTracking()
                .Where(m => m.HomeUnitId == app.Data.TongHopCell && m.CardNumber != null && m.CardNumber.Length == 12)
                .OrderBy(m => m.SearchName).FirstAsync();
            return (m.Id, m.PersonalIdNumber, m.CardNumber!);
        });
        var client = await app.As(user);

        var (response, document) = await client.GetPageAsync($"/Members/Details/{memberId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = document.DocumentElement.OuterHtml;
        var shown = document.QuerySelector("[data-testid=member-personal-id]")!.TextContent.Trim();
        if (sees)
        {
            Assert.Equal(personalId, shown);
            Assert.Contains(card, html, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(Hidden, shown, StringComparison.Ordinal);
            Assert.DoesNotContain(personalId, html, StringComparison.Ordinal);
            Assert.DoesNotContain(card, html, StringComparison.Ordinal);
            Assert.Contains(Hidden, document.QuerySelector("[data-testid=member-card-number]")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_old_8_digit_card_number_is_not_the_personal_id_and_stays_visible_to_the_standing_committee()
    {
        var (memberId, personalId, card) = await app.Factory.WithDbAsync(async db =>
        {
            var m = await db.Members.AsNoTracking()
                .Where(m => m.HomeUnitId == app.Data.TongHopCell && m.CardNumber != null && m.CardNumber.Length == 8)
                .OrderBy(m => m.SearchName).FirstAsync();
            return (m.Id, m.PersonalIdNumber, m.CardNumber!);
        });
        var client = await app.As(DemoAccounts.Standing);

        var (_, document) = await client.GetPageAsync($"/Members/Details/{memberId}");

        Assert.Equal(card, document.QuerySelector("[data-testid=member-card-number]")!.TextContent.Trim());
        Assert.DoesNotContain(personalId, document.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TongHopReaders))]
    public async Task Admission_details_show_the_background_verification_and_its_papers_only_to_the_roles_of_the_rule(string user, bool sees)
    {
        var client = await app.As(user);

        var (response, document) = await client.GetPageAsync($"/Admission/Details/{app.Data.TongHopAppraised}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = document.DocumentElement.OuterHtml;
        var verification = document.QuerySelector("[data-testid=case-verifications]")!.TextContent;
        var name = await app.Factory.WithDbAsync(db => db.AdmissionCases.Where(c => c.Id == app.Data.TongHopAppraised).Select(c => c.FullName).SingleAsync());
        Assert.Contains(name, html, StringComparison.Ordinal);
        if (sees)
        {
            Assert.Contains("Cha của", verification, StringComparison.Ordinal);
            Assert.Contains("Thành Sen", verification, StringComparison.Ordinal);
            Assert.Contains("Chấp hành tốt chủ trương", verification, StringComparison.Ordinal);
            Assert.Null(document.QuerySelector("[data-testid=family-hidden]"));
        }
        else
        {
            foreach (var secret in new[] { "Cha của", "Mẹ của", "Thành Sen", "Chấp hành tốt chủ trương" })
            {
                Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
            }

            Assert.NotNull(document.QuerySelector("[data-testid=family-hidden]"));
            Assert.Contains(Hidden, verification, StringComparison.Ordinal);
        }

        // Names, dates and stage remain for everyone who reads the case.
        Assert.NotEmpty(document.QuerySelector("[data-testid=case-stage]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_administrator_sees_no_member_data_at_all()
    {
        var client = await app.As(DemoAccounts.Admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Members/Details/{app.Data.TongHopMember}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Admission/Details/{app.Data.TongHopAppraised}")).StatusCode);
    }

    [Theory]
    [InlineData(DemoAccounts.Board, true)]
    [InlineData(DemoAccounts.Inspection, true)]
    [InlineData(DemoAccounts.CellTongHop, true)]
    [InlineData(DemoAccounts.Standing, false)]
    public async Task A_personal_id_finds_the_member_only_for_a_role_that_may_see_it(string user, bool finds)
    {
        var (personalId, name) = await app.Factory.WithDbAsync(async db =>
        {
            var m = await db.Members.AsNoTracking().SingleAsync(m => m.Id == app.Data.TongHopMember);
            return (m.PersonalIdNumber, m.FullName);
        });
        var client = await app.As(user);

        var response = await client.SubmitAsync("/Members", "form[data-testid=member-search]", new Dictionary<string, string>
        {
            ["Text"] = personalId,
            ["Status"] = "All",
        });

        // The search answers with a redirect to the results (the text travels in an encrypted token, never in the address).
        var (results, document) = response.StatusCode == HttpStatusCode.Redirect
            ? await client.GetPageAsync(response.Headers.Location!.OriginalString)
            : (response, await AppClient.ParseAsync(response));
        Assert.Equal(HttpStatusCode.OK, results.StatusCode);
        var table = document.QuerySelector("[data-testid=member-table]")?.TextContent ?? string.Empty;
        Assert.Equal(finds, table.Contains(name, StringComparison.Ordinal));
        Assert.Equal(!finds, document.QuerySelector("[data-testid=no-results]") is not null);
    }

    [Theory]
    [InlineData(DemoAccounts.Board, true)]
    [InlineData(DemoAccounts.CellTongHop, true)]
    [InlineData(DemoAccounts.Standing, false)]
    public async Task The_transfer_letter_and_its_docx_hide_a_12_digit_card_number_from_a_role_without_the_right(string user, bool sees)
    {
        var transfer = TransferMatrixData.Of(app.Data).InternalLetterIssued;
        var (personalId, card) = await app.Factory.WithDbAsync(async db =>
        {
            var memberId = await db.TransferCases.Where(c => c.Id == transfer).Select(c => c.MemberId).SingleAsync();
            var m = await db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId);
            return (m.PersonalIdNumber, m.CardNumber);
        });
        var client = await app.As(user);

        var (response, document) = await client.GetPageAsync($"/Transfers/Letter/{transfer}");
        using var docx = await client.GetAsync($"/Transfers/Letter/{transfer}?format=docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var html = document.DocumentElement.OuterHtml;
        var text = DocxText(await docx.Content.ReadAsByteArrayAsync());
        if (!sees)
        {
            Assert.DoesNotContain(personalId, html, StringComparison.Ordinal);
            Assert.DoesNotContain(personalId, text, StringComparison.Ordinal);
        }

        if (card is { Length: 12 })
        {
            Assert.Equal(sees, html.Contains(card, StringComparison.Ordinal));
            Assert.Equal(sees, text.Contains(card, StringComparison.Ordinal));
            Assert.Equal(!sees, html.Contains(Hidden, StringComparison.Ordinal));
        }
        else if (card is not null)
        {
            Assert.Contains(card, html, StringComparison.Ordinal);
        }
    }

    private static string DocxText(byte[] bytes)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }
}
