using Microsoft.AspNetCore.Hosting;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.Web;

/// <summary>
/// An instance with one operator e-mail (<see cref="OperatorEmail"/>) and no workers: what the operators' pages queue
/// is asserted in the database, never sent anywhere.
/// </summary>
public sealed class OperatorAppFactory : MutualAidAppFactory
{
    public const string OperatorEmail = "operator@aid.test";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("MutualAid:Federation:RunWorkers", "false");
        builder.UseSetting("MutualAid:Federation:Operators:0", OperatorEmail);
    }
}
