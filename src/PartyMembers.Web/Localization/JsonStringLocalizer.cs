using System.Globalization;
using Microsoft.Extensions.Localization;

namespace PartyMembers.Web.Localization;

/// One localizer over the whole <see cref="TextCatalogue"/>: keys are unique across features, so the resource type a
/// page asks for does not matter. A missing key shows as the key itself (and is recorded) rather than failing the page.
public sealed class JsonStringLocalizer(TextCatalogue catalogue) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var text = catalogue.Find(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = catalogue.Find(name, CultureInfo.CurrentUICulture);
            var formatted = string.Format(CultureInfo.CurrentCulture, text ?? name, arguments);
            return new LocalizedString(name, formatted, resourceNotFound: text is null);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalogue.All(CultureInfo.CurrentUICulture).Select(p => new LocalizedString(p.Key, p.Value));
}

public sealed class JsonStringLocalizerFactory(TextCatalogue catalogue) : IStringLocalizerFactory
{
    private readonly JsonStringLocalizer _localizer = new(catalogue);

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}

/// Marker type for injecting <c>IStringLocalizer&lt;Texts&gt;</c>.
public sealed class Texts;
