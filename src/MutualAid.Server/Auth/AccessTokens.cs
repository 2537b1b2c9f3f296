using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using MutualAid.Core.Accounts;
using MutualAid.Server.Hosting;

namespace MutualAid.Server.Auth;

/// <summary>Issues short-lived JWT access tokens (HS256) for a signed-in user.</summary>
public sealed class AccessTokens(SigningKeyStore keys, IOptions<MutualAidOptions> options, TimeProvider time)
{
    public TimeSpan Lifetime => TimeSpan.FromMinutes(options.Value.AccessTokenMinutes);

    public string Issue(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = time.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Value.BaseUrl,
            Audience = options.Value.BaseUrl,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(JwtRegisteredClaimNames.Email, user.Email),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            ]),
            SigningCredentials = new SigningCredentials(keys.LoadOrCreate(), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = options.Value.BaseUrl,
        ValidAudience = options.Value.BaseUrl,
        IssuerSigningKey = keys.LoadOrCreate(),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        RequireExpirationTime = true,
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = JwtRegisteredClaimNames.Email,
        LifetimeValidator = (notBefore, expires, _, parameters) =>
        {
            // Lifetime against the injected clock, so tests can move time forward.
            var now = time.GetUtcNow().UtcDateTime;
            return (notBefore is null || notBefore.Value - parameters.ClockSkew <= now)
                && expires is not null && now < expires.Value + parameters.ClockSkew;
        },
    };
}
