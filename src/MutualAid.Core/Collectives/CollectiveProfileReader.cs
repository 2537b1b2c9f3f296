using MutualAid.Core.Listings.Writing;
using MutualAid.Core.Validation;

namespace MutualAid.Core.Collectives;

/// <summary>Validates a profile and writes it onto a collective.</summary>
internal static class CollectiveProfileReader
{
    public static void Apply(CollectiveProfileInput input, Collective collective, ValidationErrors errors)
    {
        collective.Name = FieldChecks.RequiredText(input.Name, "name", 200, errors) ?? "";
        collective.Summary = FieldChecks.OptionalText(input.Summary, "summary", 2000, errors) ?? "";
        collective.AreaServed = FieldChecks.OptionalText(input.AreaServed, "areaServed", 500, errors) ?? "";
        collective.Website = FieldChecks.Url(input.Website, "website", errors);
        collective.AvatarUrl = FieldChecks.Url(input.AvatarUrl, "avatarUrl", errors);
        collective.HeaderUrl = FieldChecks.Url(input.HeaderUrl, "headerUrl", errors);
        collective.FrontGateContact = FieldChecks.OptionalText(input.FrontGateContact, "frontGateContact", 500, errors) ?? "";
        collective.ManuallyApprovesFollowers = input.ManuallyApprovesFollowers ?? collective.ManuallyApprovesFollowers;
        var languages = new List<string>();
        var given = input.Languages ?? [];
        for (var i = 0; i < given.Count; i++)
        {
            if (ListingReader.ReadLanguage(given[i], $"languages[{i}]", errors) is { } tag && !languages.Contains(tag))
            {
                languages.Add(tag);
            }
        }

        collective.Languages = languages;
    }
}
