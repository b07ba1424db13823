using System.Globalization;

namespace PartyMembers.Bench;

/// Entry point: `generate`, `search`, `strength`, `admission` and `sql`. See bench/README.md for what each measures.
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        BenchArgs options;
        try
        {
            options = BenchArgs.Parse(args.AsSpan(1));
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message + Environment.NewLine + Usage);
            return 2;
        }

        using var report = Report.Open(options.Text("out"));
        report.Line($"# PartyMembers bench: {string.Join(' ', args)}");
        report.Line(Machine.Describe());
        switch (args[0])
        {
            case "generate":
                return await GenerateCommand.RunAsync(options, report);
            case "search":
                return await SearchCommand.RunAsync(options, report);
            case "strength":
                return await StrengthCommand.RunAsync(options, report);
            case "admission":
                return await AdmissionCommand.RunAsync(options, report);
            case "sql":
                return await SqlCommand.RunAsync(options, report);
            default:
                await Console.Error.WriteLineAsync("Unknown command " + args[0] + Environment.NewLine + Usage);
                return 2;
        }
    }

    private const string Usage = """
        Usage (from the repository root):
          dotnet run -c Release --project bench/PartyMembers.Bench -- generate --members 1000000 --db bench/data/province.db [--seed N]
          dotnet run -c Release --project bench/PartyMembers.Bench -- search   --db bench/data/province.db [--iterations 200] [--warmup 30] [--timings-only]
          dotnet run -c Release --project bench/PartyMembers.Bench -- strength --db bench/data/province.db [--runs 10] [--no-cold] [--no-what-if] [--date yyyy-MM-dd]
          dotnet run -c Release --project bench/PartyMembers.Bench -- admission --db bench/data/province.db [--cases 40000] [--iterations 100] [--warmup 20] [--seed N]
          dotnet run -c Release --project bench/PartyMembers.Bench -- sql      --db bench/data/province.db --sql "SELECT ..." [--setup "CREATE INDEX ..."] [--no-stats] [--runs 20]
        Every command also takes --out FILE to copy what it prints (e.g. bench/results/search-1m.md).
        """;
}
