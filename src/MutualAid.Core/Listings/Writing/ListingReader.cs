using System.Text.RegularExpressions;
using MutualAid.Core.Geography;
using MutualAid.Core.Listings.Actors;
using MutualAid.Core.Listings.Input;
using MutualAid.Core.Validation;

namespace MutualAid.Core.Listings.Writing;

/// <summary>
/// Turns a <see cref="ListingInput"/> into listing content, collecting every field error on the way.
/// Create, update and import all go through here, so a listing is valid the same way from every door.
/// </summary>
public static partial class ListingReader
{
    public const int MaxTags = 20;

    /// <summary>
    /// Reads the input into an untracked <see cref="Listing"/> holding the content (no ids, timestamps or
    /// version); errors go to <paramref name="errors"/> with field paths like <c>fund.currency</c>.
    /// </summary>
    public static Listing Read(ListingInput input, DateTimeOffset now, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);

        var kind = FieldChecks.Required(input.Kind, "kind", errors);
        var content = new Listing
        {
            PublicId = "",
            Kind = kind,
            Title = FieldChecks.RequiredText(input.Title, "title", 200, errors) ?? "",
            Body = FieldChecks.OptionalText(input.Body, "body", 20_000, errors) ?? "",
            Categories = ReadCategories(input.Categories, errors),
            Tags = ReadTags(input.Tags, errors),
            Language = ReadLanguage(input.Language, "language", errors) ?? "",
            Status = input.Status ?? ListingStatus.Open,
            Visibility = input.Visibility ?? ListingVisibility.Public,
            Location = ReadLocation(input.Location, errors),
            ServiceArea = FieldChecks.OptionalText(input.ServiceArea, "serviceArea", 500, errors),
            ExpiresAt = input.ExpiresAt,
            Followable = input.Followable ?? false,

            // The requested handle; ListingActorSlugs decides the one kept.
            ActorSlug = FieldChecks.OptionalText(input.ActorSlug, "actorSlug", ListingActorNames.MaxSlugLength, errors),
        };

        if (content.ActorSlug is { } actorSlug && !ListingActorNames.IsValidSlug(actorSlug))
        {
            errors.Add("actorSlug", "Only lower-case letters a-z, digits, '_' and '-', starting and ending with a letter, digit or '_'.");
        }

        if (input.ExpiresAt is { } expires && expires <= now)
        {
            errors.Add("expiresAt", ValidationMessages.Future());
        }

        if (content.Followable && input.Kind is not (ListingKind.Fund or ListingKind.Contact or ListingKind.Service))
        {
            errors.Add("followable", ValidationMessages.NotFollowable());
        }

        if (input.Kind is { } known)
        {
            DetailsReader.Read(known, input, content, now, errors);
        }

        return content;
    }

    /// <summary>Copies validated content onto a tracked listing (used by update).</summary>
    public static void CopyContent(Listing from, Listing to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        to.Title = from.Title;
        to.Body = from.Body;
        to.BodyHtml = from.BodyHtml;
        to.Categories = from.Categories;
        to.Tags = from.Tags;
        to.Language = from.Language;
        to.Status = from.Status;
        to.Visibility = from.Visibility;
        to.Location = from.Location;
        to.ServiceArea = from.ServiceArea;
        to.ExpiresAt = from.ExpiresAt;
        to.Followable = from.Followable;
        to.Offer = from.Offer;
        to.Need = from.Need;
        to.Fund = from.Fund;
        to.Contact = from.Contact;
        to.Service = from.Service;
        to.SavingsCircle = from.SavingsCircle;
    }

    internal static string? ReadLanguage(string? value, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, ValidationMessages.LanguageRequired());
            return null;
        }

        var tag = value.Trim();
        if (!LanguageTags.IsWellFormed(tag))
        {
            errors.Add(field, ValidationMessages.LanguageInvalid(value));
        }

        return tag;
    }

    private static List<Category> ReadCategories(List<Category>? categories, ValidationErrors errors)
    {
        if (categories is null || categories.Count == 0)
        {
            errors.Add("categories", ValidationMessages.CategoryRequired());
            return [];
        }

        foreach (var category in categories.Where(c => !Enum.IsDefined(c)))
        {
            errors.Add("categories", ValidationMessages.CategoryUnknown(category.ToString()));
        }

        return categories.Distinct().ToList();
    }

    private static List<string> ReadTags(List<string>? tags, ValidationErrors errors)
    {
        if (tags is null)
        {
            return [];
        }

        if (tags.Count > MaxTags)
        {
            errors.Add("tags", ValidationMessages.TooManyTags(MaxTags));
        }

        var normalized = new List<string>();
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = (tags[i] ?? "").Trim().TrimStart('#').ToLowerInvariant();
            if (!TagPattern().IsMatch(tag))
            {
                errors.Add($"tags[{i}]", ValidationMessages.TagInvalid());
            }
            else if (!normalized.Contains(tag))
            {
                normalized.Add(tag);
            }
        }

        return normalized;
    }

    private static Location? ReadLocation(LocationInput? input, ValidationErrors errors)
    {
        if (input is null)
        {
            return null;
        }

        var location = new Location
        {
            PlaceName = FieldChecks.RequiredText(input.PlaceName, "location.placeName", 200, errors) ?? "",
            Precision = input.Precision ?? LocationPrecision.City,
        };

        if (input.Latitude is null != input.Longitude is null)
        {
            errors.Add(input.Latitude is null ? "location.latitude" : "location.longitude", ValidationMessages.PointIncomplete());
            return location;
        }

        if (input.Latitude is not { } latitude || input.Longitude is not { } longitude)
        {
            return location;
        }

        var inRange = true;
        if (!double.IsFinite(latitude) || latitude is < -90 or > 90)
        {
            errors.Add("location.latitude", ValidationMessages.Between(-90, 90));
            inRange = false;
        }

        if (!double.IsFinite(longitude) || longitude is < -180 or > 180)
        {
            errors.Add("location.longitude", ValidationMessages.Between(-180, 180));
            inRange = false;
        }

        if (inRange)
        {
            var shown = PointCoarsening.Coarsen(new GeoPoint(latitude, longitude), location.Precision);
            location.ExactLatitude = latitude;
            location.ExactLongitude = longitude;
            location.PublicLatitude = shown.Latitude;
            location.PublicLongitude = shown.Longitude;
        }

        return location;
    }

    [GeneratedRegex(@"^[\p{L}\p{N}_-]{1,50}$", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();
}
