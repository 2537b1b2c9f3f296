namespace MutualAid.Server.Auth;

/// <summary>POST /api/v1/auth/token.</summary>
public sealed record TokenRequest(string? Email, string? Password);
