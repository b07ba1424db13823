namespace PartyMembers.Bench;

/// Prints to the console and, with --out, to a file as well (bench/results/ is git-ignored).
internal sealed class Report : IDisposable
{
    private readonly StreamWriter? _file;

    private Report(StreamWriter? file) => _file = file;

    public static Report Open(string? path)
    {
        if (path is null)
        {
            return new Report(null);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return new Report(new StreamWriter(path, append: false) { AutoFlush = true });
    }

    public void Line(string text = "")
    {
        Console.WriteLine(text);
        _file?.WriteLine(text);
    }

    public void Dispose() => _file?.Dispose();
}
