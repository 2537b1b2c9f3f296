using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using MutualAid.Core.Data;

namespace MutualAid.Data.Sqlite;

/// <summary>
/// Lets <c>dotnet ef migrations add NAME --project src/MutualAid.Data.Sqlite --startup-project src/MutualAid.Data.Sqlite</c>
/// build the model without starting the server. The file name is never opened by migrations add.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<MutualAidDbContext>
{
    public MutualAidDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MutualAidDbContext>();
        SqliteStorage.Configure(options, "Data Source=design-time.db");
        return new MutualAidDbContext(options.Options);
    }
}
