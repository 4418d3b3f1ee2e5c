using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web;

/// <summary>
/// The web page at <c>/</c> and its scripts and styles under <c>/assets/</c>. The page reads
/// everything through the API; its own routes are in the URL fragment, so the server has one page.
/// </summary>
public static class DossierPage
{
    public const string AssetsPath = "/assets/";

    /// <summary>
    /// Scripts and styles from this server only, nothing inline, no plugins, no framing; and with
    /// Trusted Types required, a browser refuses any string written into the page as HTML.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'; object-src 'none'; " +
        "require-trusted-types-for 'script'; trusted-types 'none'";

    public static void MapDossierPage(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.MapGet("/", (HttpContext context) => Serve(context, PageAssets.Embedded.Find("index.html")))
            .ExcludeFromDescription();
        routes.MapGet(AssetsPath + "{name}", (HttpContext context, string name) => Serve(context, PageAssets.Embedded.Find(name)))
            .ExcludeFromDescription();
    }

    private static IResult Serve(HttpContext context, PageAsset? asset)
    {
        if (asset is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such page");
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.CacheControl = "no-cache";
        headers.ETag = asset.ETag;
        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(asset.Content, asset.ContentType);
    }
}
