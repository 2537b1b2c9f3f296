using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace MutualAid.Server.Auth;

public static class AuthenticationSetup
{
    /// <summary>JWT bearer authentication with the key from the data directory, plus token issuing and login throttling.</summary>
    public static WebApplicationBuilder AddMutualAidAuthentication(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<SigningKeyStore>();
        builder.Services.AddSingleton<AccessTokens>();
        builder.Services.AddSingleton<LoginThrottle>();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<AccessTokens>((jwt, tokens) =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = tokens.ValidationParameters();
            });
        builder.Services.AddAuthorization();
        return builder;
    }
}
