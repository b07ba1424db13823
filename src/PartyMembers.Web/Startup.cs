using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Common;
using PartyMembers.Infrastructure;
using PartyMembers.Infrastructure.Auditing;
using PartyMembers.Infrastructure.Files;
using PartyMembers.Infrastructure.Identity;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.Rules;
using PartyMembers.Web.Infrastructure;
using PartyMembers.Web.Localization;
using PartyMembers.Web.Security;
using Serilog;
using Serilog.Events;

namespace PartyMembers.Web;

/// Service registration and the request pipeline, kept out of Program.cs so the test host and the commands share them.
public static class Startup
{
    public static readonly CultureInfo[] SupportedCultures = [Culture(TextCatalogue.Vietnamese), Culture(TextCatalogue.English)];

    public static WebApplicationBuilder AddPartyMembers(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        builder.AddSecurityHeaders();

        var level = Enum.TryParse<LogEventLevel>(configuration["Logging:MinimumLevel"], out var configured) ? configured : LogEventLevel.Information;
        services.AddSerilog((sp, logger) => logger
            .MinimumLevel.Is(level)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File(
                Path.Combine(builder.Environment.ContentRootPath, configuration["Logging:File:Path"] ?? "logs/partymembers-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31,
                formatProvider: CultureInfo.InvariantCulture));

        // Vietnamese text is written as characters, not as &#x...; entities (the encoder still escapes markup).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddPartyMembersData(configuration, builder.Environment.ContentRootPath);
        services.AddScoped<CurrentUser>();
        services.AddScoped<IAuthorizationHandler, HoldsRoleHandler>();
        services.AddScoped<IAuthorizationHandler, UnitScopeHandler>();
        services.AddScoped<RuleBookProvider>();
        services.AddScoped<MemberSearch>();
        services.AddScoped<MemberAccess>();
        services.AddScoped<Features.Admission.AdmissionAccess>();
        services.AddScoped<Features.Admission.AdmissionQueue>();
        services.AddScoped<Features.Meetings.MeetingAccess>();
        services.AddScoped<Features.Meetings.MeetingQueries>();
        services.AddScoped<Features.Transfers.TransferAccess>();
        services.AddScoped<Features.Transfers.TransferQueue>();
        services.AddScoped<Features.Transfers.ITransferFeeStatus, Features.Transfers.RegisterFeeStatus>();
        services.AddScoped<Features.WorkLife.WorkLifeAccess>();
        services.AddScoped<Features.Fees.FeeLedger>();
        services.AddScoped<Features.Fees.FeeAccess>();
        services.AddFileStore(configuration, builder.Environment.ContentRootPath);
        services.AddAuditJournal();
        services.AddScoped<UnitDirectory>();
        services.AddScoped<Features.Statistics.StrengthReport>();
        services.AddScoped<Features.Home.RoleHome>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<Features.Privacy.MemberDataExport>();
        services.Configure<Features.Privacy.PrivacyOptions>(configuration.GetSection(Features.Privacy.PrivacyOptions.Section));
        services.Configure<OrganisationOptions>(configuration.GetSection(OrganisationOptions.Section));

        services.AddSingleton<TextCatalogue>();
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(SupportedCultures[0]);
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;

            // Vietnamese unless the user chose English: the browser's language is not asked.
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new QueryStringRequestCultureProvider()];
        });

        services.AddValidatorsFromAssemblyContaining<TextCatalogue>(ServiceLifetime.Scoped);

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                // Length over composition (OWASP ASVS 5.0 6.2.1, 6.2.5); issue-level hardening is in docs/security.md.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<PartyMembersDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddSignInHardening(configuration);

        // Sessions live in the database and are checked against the account's security stamp on every request
        // (Security/SessionTicketStore.cs); Identity's own stamp check stays on as well.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";

            // A signed-in user without the right gets a real 403 (shown by the status code page), not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddPartyMembersSessions(configuration, builder.Environment);
        services.AddDataProtection()
            .SetApplicationName("PartyMembers")
            .PersistKeysToDbContext<PartyMembersDbContext>();

        services.AddAuthorization(Policies.Add);
        services.AddRouteFirstBinding();
        services.AddRazorPages(options =>
            {
                var conventions = options.Conventions;
                conventions.AuthorizeAreaFolder("Cell", "/", Policies.CellArea);
                conventions.AuthorizeAreaFolder("Grassroots", "/", Policies.GrassrootsArea);
                conventions.AuthorizeAreaFolder("Board", "/", Policies.BoardArea);
                conventions.AuthorizeAreaFolder("Committee", "/", Policies.CommitteeArea);
                conventions.AuthorizeAreaFolder("Admin", "/", Policies.AdminArea);
                conventions.AuthorizeFolder("/Members", Policies.MemberReader);
                conventions.AuthorizeFolder("/Admission", Policies.MemberReader);
                conventions.AuthorizeFolder("/Meetings", Policies.MemberReader);
                conventions.AuthorizeFolder("/Transfers", Policies.MemberReader);
                conventions.AuthorizeFolder("/Assignments", Policies.MemberReader);
                conventions.AuthorizeFolder("/Exemptions", Policies.MemberReader);
                conventions.AuthorizeFolder("/Study", Policies.MemberReader);
                conventions.AuthorizeFolder("/Fees", Policies.MemberReader);
                conventions.AuthorizeFolder("/Privacy", Policies.MemberReader);
                conventions.AuthorizeFolder("/Audit", Policies.BoardArea);
                conventions.AllowAnonymousToPage("/Account/Login");
                conventions.AllowAnonymousToPage("/Error");
                conventions.AllowAnonymousToPage("/StatusCode");
                conventions.AllowAnonymousToPage("/Culture");
            })
            .AddMvcOptions(options =>
            {
                options.ModelBinderProviders.Insert(0, new DateOnlyModelBinderProvider());
            });
        services.AddOptions<Microsoft.AspNetCore.Mvc.MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) =>
        {
            var texts = factory.Create(typeof(Texts));
            // The message sits beside its field, so it never names the field: binding only knows the C# property name.
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((_, _) => texts["Error.Binding.InvalidValue"]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => texts["Error.Binding.InvalidValue"]);
            messages.SetUnknownValueIsInvalidAccessor(_ => texts["Error.Binding.InvalidValue"]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => texts["Error.Binding.InvalidValue"]);
            messages.SetValueIsInvalidAccessor(_ => texts["Error.Binding.InvalidValue"]);
            messages.SetValueMustBeANumberAccessor(_ => texts["Error.Binding.Number"]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => texts["Error.Binding.Number"]);
            messages.SetMissingBindRequiredValueAccessor(_ => texts["Error.Binding.Required"]);
            messages.SetMissingKeyOrValueAccessor(() => texts["Error.Binding.InvalidValue"]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => texts["Error.Binding.InvalidValue"]);
            messages.SetValueMustNotBeNullAccessor(_ => texts["Error.Binding.Required"]);
        });
        services.AddHealthChecks().AddDbContextCheck<PartyMembersDbContext>("database");
        return builder;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var initialiser = scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>();
        await initialiser.InitialiseAsync();

        // Demo accounts and data exist only in Development (README lists them); production starts empty.
        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:Seed", false))
        {
            var seeder = scope.ServiceProvider.GetRequiredService<DemoDataSeeder>();
            var organisation = app.Configuration.GetSection(OrganisationOptions.Section).Get<OrganisationOptions>() ?? new OrganisationOptions();
            await seeder.SeedAsync(new DemoSeedOptions
            {
                TopUnitName = organisation.TopUnitName,
                Today = VietnamTime.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>()),
                Password = app.Configuration["Demo:Password"] ?? throw new InvalidOperationException("Demo:Password is not set."),
            });
            await initialiser.OptimiseAsync();
        }
    }

    public static WebApplication UsePartyMembers(this WebApplication app)
    {
        app.UsePartyMembersForwardedHeaders();
        app.UseSecurityHeaders();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/StatusCode", "?code={0}");
        app.UseSerilogRequestLogging(options =>
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms");
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseTwoFactorEnrolment();
        app.UseAuthorization();
        app.UseAccessJournal();
        app.UseSignInRateLimits();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapRazorPages();
        return app;
    }

    private static CultureInfo Culture(string name)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        culture.DateTimeFormat.ShortDatePattern = "dd/MM/yyyy";
        return culture;
    }
}

/// The "Organisation" configuration section: how the top unit is called in this installation
/// (older deployments say "Đảng bộ Khối ..."; since 2025 e.g. "Đảng bộ các cơ quan Đảng tỉnh ...").
public sealed class OrganisationOptions
{
    public const string Section = "Organisation";

    public string TopUnitName { get; set; } = "Đảng bộ các cơ quan Đảng tỉnh Hà Tĩnh";

    /// The short name shown in the top bar.
    public string ApplicationTitle { get; set; } = "Quản lý đảng viên";
}
