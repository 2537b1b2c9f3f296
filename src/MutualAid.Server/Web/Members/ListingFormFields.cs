using System.Globalization;
using MutualAid.Core.Geography;
using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Core.Listings.Input;
using MutualAid.Core.Listings.Views;
using MutualAid.Core.Validation;
using MutualAid.Server.Api;
using MutualAid.Server.Web.Pages;

namespace MutualAid.Server.Web.Members;

/// <summary>
/// The listing form as flat name → value pairs. Field names are the API's error paths (<c>fund.currency</c>),
/// so the use cases' validation messages land next to the right field. Both directions live here: a stored
/// listing to fields (to edit or close it) and submitted fields to the same <see cref="ListingInput"/> the API reads.
/// </summary>
public static class ListingFormFields
{
    private static readonly string[] Schedules = ["service.schedule", "contact.schedule"];

    public static Dictionary<string, string> FromForm(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.Keys.ToDictionary(key => key, key => string.Join(',', form[key].Where(v => !string.IsNullOrEmpty(v))), StringComparer.Ordinal);
    }

    /// <summary>
    /// The stored listing as form fields. <paramref name="exactPoint"/> is the point the members entered; when
    /// given, the form carries it (members may see it) so saving keeps it instead of the coarsened public one.
    /// </summary>
    public static Dictionary<string, string> FromView(ListingView listing, GeoPoint? exactPoint = null)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var c = CultureInfo.InvariantCulture;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["kind"] = SearchForm.Param(listing.Kind),
            ["title"] = listing.Title,
            ["body"] = listing.Body,
            ["categories"] = string.Join(',', listing.Categories.Select(SearchForm.Param)),
            ["tags"] = string.Join(", ", listing.Tags),
            ["language"] = listing.Language,
            ["status"] = SearchForm.Param(listing.Status),
            ["visibility"] = SearchForm.Param(listing.Visibility),
            ["serviceArea"] = listing.ServiceArea ?? "",
            ["expiresAt"] = listing.ExpiresAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", c) ?? "",
            ["followable"] = listing.Followable ? "true" : "",
            // Kept while following is off too: turning it back on revives the same actor, so show it.
            ["actorSlug"] = listing.ActorSlug ?? "",
            ["version"] = listing.Version.ToString(c),
        };
        if (listing.Location is { } location)
        {
            // Without the exact point, the public one is all there is (never more precise than shown).
            var latitude = exactPoint?.Latitude ?? location.Latitude;
            var longitude = exactPoint?.Longitude ?? location.Longitude;
            fields["location.placeName"] = location.PlaceName;
            fields["location.latitude"] = latitude?.ToString("R", c) ?? "";
            fields["location.longitude"] = longitude?.ToString("R", c) ?? "";
            fields["location.precision"] = SearchForm.Param(location.Precision);
        }

        AddDetails(listing, fields, c);
        return fields;
    }

    private static void AddDetails(ListingView listing, Dictionary<string, string> fields, CultureInfo c)
    {
        if (listing.Offer is { } offer)
        {
            fields["offer.what"] = offer.What;
            fields["offer.quantityAvailable"] = offer.QuantityAvailable?.ToString(c) ?? "";
            fields["offer.unit"] = offer.Unit ?? "";
            fields["offer.conditions"] = offer.Conditions;
            fields["offer.handOver"] = SearchForm.Param(offer.HandOver);
        }

        if (listing.Need is { } need)
        {
            fields["need.what"] = need.What;
            fields["need.quantityNeeded"] = need.QuantityNeeded.ToString(c);
            fields["need.unit"] = need.Unit;
            fields["need.urgency"] = SearchForm.Param(need.Urgency);
            fields["need.deadline"] = need.Deadline?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", c) ?? "";
        }

        if (listing.Fund is { } fund)
        {
            fields["fund.purpose"] = SearchForm.Param(fund.Purpose);
            fields["fund.goalAmount"] = fund.GoalAmount.ToString(c);
            fields["fund.raisedAmount"] = fund.RaisedAmount.ToString(c);
            fields["fund.disbursedAmount"] = fund.DisbursedAmount.ToString(c);
            fields["fund.lastDisbursement"] = fund.LastDisbursement ?? "";
            fields["fund.currency"] = fund.Currency;
            fields["fund.fullyFunded"] = fund.FullyFunded ? "true" : "";
            fields["fund.giveElsewhereText"] = fund.GiveElsewhereText ?? "";
            fields["fund.giveElsewhereUrl"] = fund.GiveElsewhereUrl ?? "";
            fields["fund.howToGive"] = fund.HowToGive;
        }

        if (listing.Contact is { } contact)
        {
            fields["contact.phone"] = contact.Phone ?? "";
            fields["contact.signal"] = contact.Signal ?? "";
            fields["contact.email"] = contact.Email ?? "";
            fields["contact.url"] = contact.Url ?? "";
            fields["contact.languagesSpoken"] = string.Join(", ", contact.LanguagesSpoken);
            fields["contact.alwaysOpen"] = contact.AlwaysOpen ? "true" : "";
            AddSchedule(contact.Schedule, "contact.schedule", fields);
        }

        if (listing.Service is { } service)
        {
            fields["service.walkInsWelcome"] = service.WalkInsWelcome ? "true" : "";
            AddSchedule(service.Schedule, "service.schedule", fields);
        }

        if (listing.SavingsCircle is { } circle)
        {
            fields["savingsCircle.localName"] = circle.LocalName;
            fields["savingsCircle.contributionAmount"] = circle.ContributionAmount.ToString(c);
            fields["savingsCircle.currency"] = circle.Currency;
            fields["savingsCircle.cycleLengthDays"] = circle.CycleLengthDays.ToString(c);
            fields["savingsCircle.slots"] = circle.Slots.ToString(c);
            fields["savingsCircle.payoutOrder"] = SearchForm.Param(circle.PayoutOrder);
            fields["savingsCircle.seatsOpen"] = circle.SeatsOpen.ToString(c);
        }
    }

    private static void AddSchedule(Schedule? schedule, string prefix, Dictionary<string, string> fields)
    {
        if (schedule is null)
        {
            return;
        }

        fields[prefix + ".recurrence"] = schedule.Recurrence;
        fields[prefix + ".opens"] = schedule.Opens.ToString("HH:mm", CultureInfo.InvariantCulture);
        fields[prefix + ".closes"] = schedule.Closes.ToString("HH:mm", CultureInfo.InvariantCulture);
        fields[prefix + ".timeZone"] = schedule.TimeZone;
    }

    /// <summary>Parses the fields into API input; values that are not even the right type are reported in <paramref name="errors"/>.</summary>
    public static ListingInput ToInput(IReadOnlyDictionary<string, string> fields, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(errors);
        var read = new FieldReader(fields, errors);
        var kind = read.Enum<ListingKind>("kind");
        var hasPoint = read.Text("location.latitude") is not null || read.Text("location.longitude") is not null;
        var placeName = read.Text("location.placeName");
        return new ListingInput
        {
            Kind = kind,
            Title = read.Text("title"),
            Body = read.Text("body") ?? "",
            Categories = read.List("categories").Select(value => QueryValues.Enum<Category>(value, "categories", errors)).OfType<Category>().ToList(),
            Tags = read.List("tags"),
            Language = read.Text("language"),
            Status = read.Enum<ListingStatus>("status"),
            Visibility = read.Enum<ListingVisibility>("visibility"),
            Location = placeName is null && !hasPoint ? null : new LocationInput
            {
                PlaceName = placeName,
                Latitude = read.Double("location.latitude"),
                Longitude = read.Double("location.longitude"),
                Precision = read.Enum<LocationPrecision>("location.precision"),
            },
            ServiceArea = read.Text("serviceArea"),
            ExpiresAt = read.Time("expiresAt"),
            Followable = read.Flag("followable"),
            ActorSlug = read.Text("actorSlug"),
            Version = read.Integer("version"),
            Offer = kind != ListingKind.Offer ? null : new OfferInput
            {
                What = read.Text("offer.what"),
                QuantityAvailable = read.Decimal("offer.quantityAvailable"),
                Unit = read.Text("offer.unit"),
                Conditions = read.Text("offer.conditions"),
                HandOver = read.Enum<HandOver>("offer.handOver"),
            },
            Need = kind != ListingKind.Need ? null : new NeedInput
            {
                What = read.Text("need.what"),
                QuantityNeeded = read.Decimal("need.quantityNeeded"),
                Unit = read.Text("need.unit"),
                Urgency = read.Enum<Urgency>("need.urgency"),
                Deadline = read.Time("need.deadline"),
            },
            Fund = kind != ListingKind.Fund ? null : new FundInput
            {
                Purpose = read.Enum<FundPurpose>("fund.purpose"),
                GoalAmount = read.Decimal("fund.goalAmount"),
                RaisedAmount = read.Decimal("fund.raisedAmount"),
                DisbursedAmount = read.Decimal("fund.disbursedAmount"),
                LastDisbursement = read.Text("fund.lastDisbursement"),
                Currency = read.Text("fund.currency")?.ToUpperInvariant(),
                FullyFunded = read.Flag("fund.fullyFunded"),
                GiveElsewhereText = read.Text("fund.giveElsewhereText"),
                GiveElsewhereUrl = read.Text("fund.giveElsewhereUrl"),
                HowToGive = read.Text("fund.howToGive"),
            },
            Contact = kind != ListingKind.Contact ? null : new ContactInput
            {
                Phone = read.Text("contact.phone"),
                Signal = read.Text("contact.signal"),
                Email = read.Text("contact.email"),
                Url = read.Text("contact.url"),
                LanguagesSpoken = read.List("contact.languagesSpoken"),
                AlwaysOpen = read.Flag("contact.alwaysOpen"),
                Schedule = read.Flag("contact.alwaysOpen") ? null : read.Schedule("contact.schedule"),
            },
            Service = kind != ListingKind.Service ? null : new ServiceInput
            {
                Schedule = read.Schedule("service.schedule"),
                WalkInsWelcome = read.Flag("service.walkInsWelcome"),
            },
            SavingsCircle = kind != ListingKind.SavingsCircle ? null : new SavingsCircleInput
            {
                LocalName = read.Text("savingsCircle.localName"),
                ContributionAmount = read.Decimal("savingsCircle.contributionAmount"),
                Currency = read.Text("savingsCircle.currency")?.ToUpperInvariant(),
                CycleLengthDays = read.Integer("savingsCircle.cycleLengthDays"),
                Slots = read.Integer("savingsCircle.slots"),
                PayoutOrder = read.Enum<PayoutOrder>("savingsCircle.payoutOrder"),
                SeatsOpen = read.Integer("savingsCircle.seatsOpen"),
            },
        };
    }

    public static IReadOnlyList<string> ScheduleFields => Schedules;
}
