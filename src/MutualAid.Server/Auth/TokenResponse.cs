namespace MutualAid.Server.Auth;

/// <summary>An access token (JWT, <see cref="ExpiresIn"/> seconds) and the refresh token that replaces it once.</summary>
public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken);
