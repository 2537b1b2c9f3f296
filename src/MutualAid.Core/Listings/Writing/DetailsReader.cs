using System.Globalization;
using System.Text.RegularExpressions;
using MutualAid.Core.Listings.Details;
using MutualAid.Core.Listings.Input;
using MutualAid.Core.Validation;

namespace MutualAid.Core.Listings.Writing;

/// <summary>Reads the kind-specific part of a listing; exactly the part matching the kind may be present.</summary>
internal static partial class DetailsReader
{
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss"];

    public static void Read(ListingKind kind, ListingInput input, Listing content, DateTimeOffset now, ValidationErrors errors)
    {
        RejectOthers(kind, input, errors);
        switch (kind)
        {
            case ListingKind.Offer:
                content.Offer = Present(input.Offer, "offer", errors) is { } offer ? ReadOffer(offer, errors) : null;
                break;
            case ListingKind.Need:
                content.Need = Present(input.Need, "need", errors) is { } need ? ReadNeed(need, now, errors) : null;
                break;
            case ListingKind.Fund:
                content.Fund = Present(input.Fund, "fund", errors) is { } fund ? ReadFund(fund, errors) : null;
                break;
            case ListingKind.Contact:
                content.Contact = Present(input.Contact, "contact", errors) is { } contact ? ReadContact(contact, errors) : null;
                break;
            case ListingKind.Service:
                content.Service = Present(input.Service, "service", errors) is { } service ? ReadService(service, errors) : null;
                break;
            case ListingKind.SavingsCircle:
                content.SavingsCircle = Present(input.SavingsCircle, "savingsCircle", errors) is { } circle ? ReadSavingsCircle(circle, errors) : null;
                break;
            default:
                errors.Add("kind", ValidationMessages.KindUnknown(kind.ToString()));
                break;
        }
    }

    private static T? Present<T>(T? details, string field, ValidationErrors errors)
        where T : class
    {
        if (details is null)
        {
            errors.Add(field, ValidationMessages.RequiredForKind());
        }

        return details;
    }

    private static void RejectOthers(ListingKind kind, ListingInput input, ValidationErrors errors)
    {
        (string Field, ListingKind Kind, object? Value)[] parts =
        [
            ("offer", ListingKind.Offer, input.Offer),
            ("need", ListingKind.Need, input.Need),
            ("fund", ListingKind.Fund, input.Fund),
            ("contact", ListingKind.Contact, input.Contact),
            ("service", ListingKind.Service, input.Service),
            ("savingsCircle", ListingKind.SavingsCircle, input.SavingsCircle),
        ];
        foreach (var part in parts.Where(p => p.Kind != kind && p.Value is not null))
        {
            errors.Add(part.Field, ValidationMessages.OtherKindDetails());
        }
    }

    private static OfferDetails ReadOffer(OfferInput input, ValidationErrors errors)
    {
        var offer = new OfferDetails
        {
            What = FieldChecks.RequiredText(input.What, "offer.what", 200, errors) ?? "",
            QuantityAvailable = FieldChecks.Amount(input.QuantityAvailable, "offer.quantityAvailable", errors, required: false, allowZero: true),
            Unit = FieldChecks.OptionalText(input.Unit, "offer.unit", 50, errors),
            Conditions = FieldChecks.OptionalText(input.Conditions, "offer.conditions", 2000, errors) ?? "",
            HandOver = input.HandOver ?? HandOver.PickUp,
        };
        if (offer.QuantityAvailable is not null && offer.Unit is null)
        {
            errors.Add("offer.unit", ValidationMessages.UnitRequired());
        }

        return offer;
    }

    private static NeedDetails ReadNeed(NeedInput input, DateTimeOffset now, ValidationErrors errors)
    {
        var need = new NeedDetails
        {
            What = FieldChecks.RequiredText(input.What, "need.what", 200, errors) ?? "",
            QuantityNeeded = FieldChecks.Amount(input.QuantityNeeded, "need.quantityNeeded", errors, required: true, allowZero: false) ?? 0,
            Unit = FieldChecks.RequiredText(input.Unit, "need.unit", 50, errors) ?? "",
            Urgency = input.Urgency ?? Urgency.Medium,
            Deadline = input.Deadline,
        };
        if (input.Deadline is { } deadline && deadline <= now)
        {
            errors.Add("need.deadline", ValidationMessages.Future());
        }

        return need;
    }

    private static FundDetails ReadFund(FundInput input, ValidationErrors errors)
    {
        var fund = new FundDetails
        {
            Purpose = FieldChecks.Required(input.Purpose, "fund.purpose", errors),
            GoalAmount = FieldChecks.Amount(input.GoalAmount, "fund.goalAmount", errors, required: true, allowZero: false) ?? 0,
            RaisedAmount = FieldChecks.Amount(input.RaisedAmount, "fund.raisedAmount", errors, required: false, allowZero: true) ?? 0,
            DisbursedAmount = FieldChecks.Amount(input.DisbursedAmount, "fund.disbursedAmount", errors, required: false, allowZero: true) ?? 0,
            LastDisbursement = FieldChecks.OptionalText(input.LastDisbursement, "fund.lastDisbursement", 500, errors),
            Currency = FieldChecks.Currency(input.Currency, "fund.currency", errors) ?? "",
            FullyFunded = input.FullyFunded ?? false,
            GiveElsewhereText = FieldChecks.OptionalText(input.GiveElsewhereText, "fund.giveElsewhereText", 2000, errors),
            GiveElsewhereUrl = FieldChecks.Url(input.GiveElsewhereUrl, "fund.giveElsewhereUrl", errors),
            HowToGive = FieldChecks.RequiredText(input.HowToGive, "fund.howToGive", 4000, errors) ?? "",
        };
        if (!fund.FullyFunded && (fund.GiveElsewhereText is not null || fund.GiveElsewhereUrl is not null))
        {
            errors.Add("fund.fullyFunded", ValidationMessages.GiveElsewhereNotFunded());
        }

        // Payouts come out of donations: more disbursed than raised means one of the two numbers is wrong.
        if (fund.DisbursedAmount > fund.RaisedAmount)
        {
            errors.Add("fund.disbursedAmount", ValidationMessages.DisbursedOverRaised());
        }

        return fund;
    }

    private static ContactDetails ReadContact(ContactInput input, ValidationErrors errors)
    {
        var contact = new ContactDetails
        {
            Phone = FieldChecks.OptionalText(input.Phone, "contact.phone", 50, errors),
            Signal = FieldChecks.OptionalText(input.Signal, "contact.signal", 100, errors),
            Email = FieldChecks.OptionalText(input.Email, "contact.email", 254, errors),
            Url = FieldChecks.Url(input.Url, "contact.url", errors),
            AlwaysOpen = input.AlwaysOpen ?? false,
        };

        if (contact.Phone is null && contact.Signal is null && contact.Email is null && contact.Url is null)
        {
            errors.Add("contact", ValidationMessages.ContactWayRequired());
        }

        if (contact.Phone is not null && !PhonePattern().IsMatch(contact.Phone))
        {
            errors.Add("contact.phone", ValidationMessages.PhoneInvalid());
        }

        if (contact.Email is not null && !WebAddresses.IsEmail(contact.Email))
        {
            errors.Add("contact.email", ValidationMessages.EmailInvalid());
        }

        var languages = input.LanguagesSpoken ?? [];
        for (var i = 0; i < languages.Count; i++)
        {
            if (ListingReader.ReadLanguage(languages[i], $"contact.languagesSpoken[{i}]", errors) is { } tag && !contact.LanguagesSpoken.Contains(tag))
            {
                contact.LanguagesSpoken.Add(tag);
            }
        }

        if (contact.AlwaysOpen && input.Schedule is not null)
        {
            errors.Add("contact.schedule", ValidationMessages.ScheduleWhenAlwaysOpen());
        }
        else if (!contact.AlwaysOpen)
        {
            contact.Schedule = input.Schedule is null
                ? Missing("contact.schedule", ValidationMessages.ScheduleRequired(), errors)
                : ReadSchedule(input.Schedule, "contact.schedule", errors);
        }

        return contact;
    }

    private static ServiceDetails ReadService(ServiceInput input, ValidationErrors errors) => new()
    {
        Schedule = input.Schedule is null
            ? Missing("service.schedule", ValidationMessages.Required(), errors)
            : ReadSchedule(input.Schedule, "service.schedule", errors),
        WalkInsWelcome = input.WalkInsWelcome ?? true,
    };

    private static SavingsCircleDetails ReadSavingsCircle(SavingsCircleInput input, ValidationErrors errors)
    {
        var circle = new SavingsCircleDetails
        {
            LocalName = FieldChecks.RequiredText(input.LocalName, "savingsCircle.localName", 100, errors) ?? "",
            ContributionAmount = FieldChecks.Amount(input.ContributionAmount, "savingsCircle.contributionAmount", errors, required: true, allowZero: false) ?? 0,
            Currency = FieldChecks.Currency(input.Currency, "savingsCircle.currency", errors) ?? "",
            CycleLengthDays = FieldChecks.Integer(input.CycleLengthDays, "savingsCircle.cycleLengthDays", 1, 366, errors) ?? 0,
            Slots = FieldChecks.Integer(input.Slots, "savingsCircle.slots", 2, 100, errors) ?? 0,
            PayoutOrder = FieldChecks.Required(input.PayoutOrder, "savingsCircle.payoutOrder", errors),
            SeatsOpen = FieldChecks.Integer(input.SeatsOpen, "savingsCircle.seatsOpen", 0, 100, errors) ?? 0,
        };
        if (circle.SeatsOpen > circle.Slots && circle.Slots > 0)
        {
            errors.Add("savingsCircle.seatsOpen", ValidationMessages.SeatsOverSlots());
        }

        return circle;
    }

    private static Schedule ReadSchedule(ScheduleInput input, string field, ValidationErrors errors)
    {
        var schedule = new Schedule();
        foreach (var problem in RecurrenceRules.Problems(input.Recurrence))
        {
            errors.Add($"{field}.recurrence", ValidationMessages.RecurrenceInvalid(problem));
        }

        if (!string.IsNullOrWhiteSpace(input.Recurrence))
        {
            schedule.Recurrence = RecurrenceRules.Normalize(input.Recurrence);
        }

        schedule.Opens = ReadTime(input.Opens, $"{field}.opens", errors);
        schedule.Closes = ReadTime(input.Closes, $"{field}.closes", errors);
        if (input.Opens is not null && input.Closes is not null && schedule.Opens == schedule.Closes)
        {
            errors.Add($"{field}.closes", ValidationMessages.ClosesAtOpening());
        }

        if (!TimeZones.IsIanaId(input.TimeZone))
        {
            errors.Add($"{field}.timeZone", ValidationMessages.TimeZoneUnknown(input.TimeZone ?? ""));
        }

        schedule.TimeZone = input.TimeZone ?? "";
        return schedule;
    }

    private static TimeOnly ReadTime(string? value, string field, ValidationErrors errors)
    {
        if (TimeOnly.TryParseExact(value, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add(field, value is null ? ValidationMessages.TimeRequired() : ValidationMessages.TimeInvalid(value));
        return default;
    }

    private static Schedule Missing(string field, ValidationMessage message, ValidationErrors errors)
    {
        errors.Add(field, message);
        return new Schedule();
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 ().-]{2,29}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
