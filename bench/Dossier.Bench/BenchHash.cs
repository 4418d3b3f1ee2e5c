using System.Security.Cryptography;
using System.Text;

namespace Dossier.Bench;

/// <summary>The content hash of a generated document, in the form the reader gives real ones ("sha256:" + hex).</summary>
internal static class BenchHash
{
    public static string Of(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
