using Microsoft.Extensions.Options;

namespace MutualAid.Server.Hosting;

/// <summary>Checked on start (ValidateOnStart), so a bad setting stops the server with a clear message.</summary>
internal sealed class MutualAidOptionsValidator : IValidateOptions<MutualAidOptions>
{
    public ValidateOptionsResult Validate(string? name, MutualAidOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Domain) || Uri.CheckHostName(options.Domain.Split(':')[0]) == UriHostNameType.Unknown)
        {
            failures.Add($"MutualAid:Domain '{options.Domain}' is not a host name (e.g. aid.example.org).");
        }

        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add("MutualAid:DataDirectory is required.");
        }

        if (string.IsNullOrWhiteSpace(options.Name))
        {
            failures.Add("MutualAid:Name is required.");
        }

        if (options.AccessTokenMinutes is < 1 or > 1440)
        {
            failures.Add("MutualAid:AccessTokenMinutes must be between 1 and 1440.");
        }

        if (options.MaxFailedLoginsPerAccount < 1 || options.MaxFailedLoginsPerAddress < 1 || options.FailedLoginWindowMinutes < 1)
        {
            failures.Add("MutualAid login limits must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
