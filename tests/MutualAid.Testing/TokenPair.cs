namespace MutualAid.Testing;

/// <summary>The body of a successful POST /api/v1/auth/token or /refresh.</summary>
public sealed record TokenPair(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken);
