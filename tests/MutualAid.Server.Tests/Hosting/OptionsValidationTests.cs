using Microsoft.AspNetCore.Hosting;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Hosting;

public sealed class OptionsValidationTests
{
    [Fact]
    public void A_bad_domain_stops_the_server_on_start_with_a_clear_message()
    {
        using var factory = new BadDomainFactory();

        var exception = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(exception);
        Assert.Contains("MutualAid:Domain 'not a domain!'", Flatten(exception), StringComparison.Ordinal);
    }

    private static string Flatten(Exception exception) =>
        exception.ToString() + (exception.InnerException is null ? "" : Flatten(exception.InnerException));

    private sealed class BadDomainFactory : MutualAidAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("MutualAid:Domain", "not a domain!");
        }
    }
}
