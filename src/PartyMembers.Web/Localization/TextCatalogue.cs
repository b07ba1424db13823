using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace PartyMembers.Web.Localization;

/// All UI texts, read once from the embedded Resources/*.{vi,en}.json files (one pair per feature, so that features
/// do not edit the same file). Vietnamese is the default language; English the second.
public sealed class TextCatalogue
{
    public const string Vietnamese = "vi-VN";
    public const string English = "en-GB";

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byLanguage;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _missing = new(StringComparer.Ordinal);

    public TextCatalogue()
        : this(typeof(TextCatalogue).Assembly)
    {
    }

    public TextCatalogue(Assembly assembly)
    {
        var byLanguage = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal)
        {
            ["vi"] = new(StringComparer.Ordinal),
            ["en"] = new(StringComparer.Ordinal),
        };
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".json", StringComparison.Ordinal)))
        {
            var parts = name.Split('.');
            if (parts.Length < 3 || !byLanguage.TryGetValue(parts[^2], out var texts))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"Resource {name} is empty.");
            foreach (var (key, value) in entries)
            {
                if (!texts.TryAdd(key, value))
                {
                    throw new InvalidOperationException($"Text key '{key}' is defined twice for '{parts[^2]}' (in {name}).");
                }
            }
        }

        _byLanguage = byLanguage.ToFrozenDictionary(
            p => p.Key, p => p.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> KeysOf(string language) => _byLanguage[language].Keys;

    /// Keys asked for but not found since start-up; tests crawl the pages and require this to stay empty.
    public IReadOnlyCollection<string> Missing => _missing.Keys.ToList();

    public string? Find(string key, CultureInfo culture)
    {
        var language = culture.TwoLetterISOLanguageName == "en" ? "en" : "vi";
        if (_byLanguage[language].TryGetValue(key, out var text))
        {
            return text;
        }

        _missing.TryAdd(key, 0);
        return null;
    }

    public IEnumerable<KeyValuePair<string, string>> All(CultureInfo culture)
    {
        var language = culture.TwoLetterISOLanguageName == "en" ? "en" : "vi";
        return _byLanguage[language];
    }
}
