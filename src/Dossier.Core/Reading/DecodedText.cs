using Dossier.Core.Model;

namespace Dossier.Core.Reading;

/// <summary>Text decoded from bytes, the encoding that was used, and any doubt about it.</summary>
public sealed record DecodedText(string Text, string EncodingName, Diagnostic? Warning);
