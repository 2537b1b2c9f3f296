namespace MutualAid.Server.Auth;

/// <summary>POST /api/v1/auth/refresh.</summary>
public sealed record RefreshRequest(string? RefreshToken);
