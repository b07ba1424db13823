using PartyMembers.Infrastructure.Auditing;

namespace PartyMembers.Web;

/// `verify-audit`: walks the audit's hash chain (ADR 0015). Exit code 0 when it holds, 1 at the first break. Prints
/// counts, sequence numbers and the head hash only, no personal data.
public static class AuditCommands
{
    public const string VerifyAudit = "verify-audit";

    public static async Task<int> VerifyAsync(WebApplication app)
    {
        await app.PrepareDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
        await Console.Out.WriteLineAsync($"Rows checked: {result.RowsChecked} (before the chain: {result.RowsBeforeChain})");
        await Console.Out.WriteLineAsync($"Last sequence: {result.LastSequence}; head hash: {result.HeadHash}");
        if (result.IsValid)
        {
            await Console.Out.WriteLineAsync("The audit chain is intact.");
            return 0;
        }

        await Console.Out.WriteLineAsync($"The audit chain is broken at sequence {result.FirstBroken}: {result.Problem}.");
        return 1;
    }
}
