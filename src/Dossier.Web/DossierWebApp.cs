using System.Text.Encodings.Web;
using System.Text.Unicode;
using Dossier.Core.Analysis;
using Dossier.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dossier.Web;

/// <summary>Builds the web application that <c>dossier serve</c> runs: the web page, the REST API and its OpenAPI document.</summary>
public static class DossierWebApp
{
    public static WebApplicationBuilder CreateBuilder(IDossierStore store, DossierWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.AddServerHeader = false;
        });
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(new DossierIngestor(store, AnalysisOptions.Default, options.GeneratorVersion));
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            // Article text goes out with <, >, & and quotes escaped, so no response can be read as markup.
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        builder.Services.AddSingleton(services => new StoryDossierCache(
            store, services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            // Article text in a response must never be sniffed or run as a page; the page's own
            // files replace this policy with DossierPage.ContentSecurityPolicy.
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            await next(context).ConfigureAwait(false);
        });
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapDossierApi();
        app.MapDossierPage();
        return app;
    }
}
