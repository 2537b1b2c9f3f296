using System.Collections.Frozen;
using System.Globalization;

namespace MutualAid.Core.Validation;

/// <summary>
/// Every coded validation message and its English template. The codes are part of the API (problem
/// details carry them next to the English text) and the keys of the web pages' translations
/// (<c>validation.{code}</c> in Web/Localization/*.json), so a code never changes meaning once published.
/// </summary>
public static class ValidationMessages
{
    public static readonly FrozenDictionary<string, string> English = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["required"] = "Required.",
        ["tooLong"] = "At most {0} characters.",
        ["notNegative"] = "Must be zero or more.",
        ["positive"] = "Must be greater than zero.",
        ["decimalPlaces"] = "At most {0} decimal places.",
        ["tooLarge"] = "Too large.",
        ["between"] = "Must be between {0} and {1}.",
        ["currencyRequired"] = "Required (an ISO 4217 code such as USD, MXN, EUR).",
        ["currencyUnknown"] = "'{0}' is not an ISO 4217 currency code.",
        ["webAddress"] = "Must be an absolute http(s) URL.",
        ["future"] = "Must be in the future.",
        ["notFollowable"] = "Only fund, contact and service listings can be followed.",
        ["languageRequired"] = "Required (a BCP 47 tag such as en, es-MX, ar).",
        ["languageInvalid"] = "'{0}' is not a BCP 47 language tag.",
        ["categoryRequired"] = "At least one category is required.",
        ["categoryUnknown"] = "'{0}' is not a category.",
        ["tooManyTags"] = "At most {0} tags.",
        ["tagInvalid"] = "Tags are 1 to 50 letters, digits, '-' or '_'.",
        ["pointIncomplete"] = "Give both latitude and longitude, or neither.",
        ["kindUnknown"] = "'{0}' is not a listing kind.",
        ["requiredForKind"] = "Required for a listing of this kind.",
        ["otherKindDetails"] = "Only the details matching the listing's kind may be given.",
        ["unitRequired"] = "Required when a quantity is given (e.g. kg, boxes, nights).",
        ["giveElsewhereNotFunded"] = "Pointing donors elsewhere only makes sense once the fund is fully funded.",
        ["disbursedOverRaised"] = "Cannot exceed the amount raised.",
        ["contactWayRequired"] = "Give at least one way to reach it: phone, signal, email or url.",
        ["phoneInvalid"] = "Digits, spaces and ( ) - . with an optional leading +.",
        ["emailInvalid"] = "Not an email address.",
        ["scheduleWhenAlwaysOpen"] = "Leave the schedule out when the contact is open 24/7.",
        ["scheduleRequired"] = "Required unless alwaysOpen is true.",
        ["seatsOverSlots"] = "Cannot exceed the number of slots.",
        ["recurrenceInvalid"] = "{0}",
        ["closesAtOpening"] = "Must differ from the opening time (use alwaysOpen for 24/7).",
        ["timeZoneUnknown"] = "'{0}' is not an IANA time zone id (e.g. America/Chicago).",
        ["timeRequired"] = "Required (HH:mm).",
        ["timeInvalid"] = "'{0}' is not a time of day (HH:mm).",
        ["versionRequired"] = "Required: send the version you edited (the 'version' field or an If-Match header).",
        ["kindFixed"] = "A listing's kind cannot change (it is {0}); delete it and create a new one.",
        ["notANumber"] = "Not a number.",
        ["notADateTime"] = "Not a date and time (YYYY-MM-DDTHH:MM).",
        ["slugInvalid"] = "2 to 64 lower-case letters, digits and single dashes (e.g. eastside-food-bank).",
        ["passwordTooShort"] = "At least {0} characters.",
        ["notANumberValue"] = "'{0}' is not a number.",
        ["radiusRange"] = "Must be more than 0 and at most {0} km.",
        ["coordinatesRange"] = "Latitude must be within -90..90 and longitude within -180..180.",
        ["cursorInvalid"] = "Not a cursor returned by this server.",
        ["nearestNeedsPlace"] = "Sorting by distance needs a place (place, or lat and lon).",
        ["tooManyMatches"] = "More than {0} listings match; add words, a kind or a category, or search a smaller area.",
        ["placeUnknown"] = "No listing here names a place like '{0}'. Try a nearby town or district.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static ValidationMessage Required() => Coded("required");

    public static ValidationMessage TooLong(int maxLength) => Coded("tooLong", maxLength);

    public static ValidationMessage NotNegative() => Coded("notNegative");

    public static ValidationMessage Positive() => Coded("positive");

    public static ValidationMessage DecimalPlaces(int places) => Coded("decimalPlaces", places);

    public static ValidationMessage TooLarge() => Coded("tooLarge");

    public static ValidationMessage Between(double min, double max) => Coded("between", min, max);

    public static ValidationMessage CurrencyRequired() => Coded("currencyRequired");

    public static ValidationMessage CurrencyUnknown(string value) => Coded("currencyUnknown", value);

    public static ValidationMessage WebAddress() => Coded("webAddress");

    public static ValidationMessage Future() => Coded("future");

    public static ValidationMessage NotFollowable() => Coded("notFollowable");

    public static ValidationMessage LanguageRequired() => Coded("languageRequired");

    public static ValidationMessage LanguageInvalid(string value) => Coded("languageInvalid", value);

    public static ValidationMessage CategoryRequired() => Coded("categoryRequired");

    public static ValidationMessage CategoryUnknown(string value) => Coded("categoryUnknown", value);

    public static ValidationMessage TooManyTags(int max) => Coded("tooManyTags", max);

    public static ValidationMessage TagInvalid() => Coded("tagInvalid");

    public static ValidationMessage PointIncomplete() => Coded("pointIncomplete");

    public static ValidationMessage KindUnknown(string value) => Coded("kindUnknown", value);

    public static ValidationMessage RequiredForKind() => Coded("requiredForKind");

    public static ValidationMessage OtherKindDetails() => Coded("otherKindDetails");

    public static ValidationMessage UnitRequired() => Coded("unitRequired");

    public static ValidationMessage GiveElsewhereNotFunded() => Coded("giveElsewhereNotFunded");

    public static ValidationMessage DisbursedOverRaised() => Coded("disbursedOverRaised");

    public static ValidationMessage ContactWayRequired() => Coded("contactWayRequired");

    public static ValidationMessage PhoneInvalid() => Coded("phoneInvalid");

    public static ValidationMessage EmailInvalid() => Coded("emailInvalid");

    public static ValidationMessage ScheduleWhenAlwaysOpen() => Coded("scheduleWhenAlwaysOpen");

    public static ValidationMessage ScheduleRequired() => Coded("scheduleRequired");

    public static ValidationMessage SeatsOverSlots() => Coded("seatsOverSlots");

    /// <summary>The RRULE problem itself stays in English: it names RFC 5545 parts (FREQ, BYDAY) in any language.</summary>
    public static ValidationMessage RecurrenceInvalid(string problem) => Coded("recurrenceInvalid", problem);

    public static ValidationMessage ClosesAtOpening() => Coded("closesAtOpening");

    public static ValidationMessage TimeZoneUnknown(string value) => Coded("timeZoneUnknown", value);

    public static ValidationMessage TimeRequired() => Coded("timeRequired");

    public static ValidationMessage TimeInvalid(string value) => Coded("timeInvalid", value);

    public static ValidationMessage VersionRequired() => Coded("versionRequired");

    public static ValidationMessage KindFixed(string kind) => Coded("kindFixed", kind);

    public static ValidationMessage NotANumber() => Coded("notANumber");

    public static ValidationMessage NotADateTime() => Coded("notADateTime");

    public static ValidationMessage SlugInvalid() => Coded("slugInvalid");

    public static ValidationMessage PasswordTooShort(int minLength) => Coded("passwordTooShort", minLength);

    public static ValidationMessage NotANumber(string value) => Coded("notANumberValue", value);

    public static ValidationMessage RadiusRange(double maxKm) => Coded("radiusRange", maxKm);

    public static ValidationMessage CoordinatesRange() => Coded("coordinatesRange");

    public static ValidationMessage CursorInvalid() => Coded("cursorInvalid");

    public static ValidationMessage NearestNeedsPlace() => Coded("nearestNeedsPlace");

    public static ValidationMessage TooManyMatches(int max) => Coded("tooManyMatches", max);

    public static ValidationMessage PlaceUnknown(string place) => Coded("placeUnknown", place);

    private static ValidationMessage Coded(string code, params object[] arguments)
    {
        var values = arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "").ToArray();
        return new ValidationMessage(code, ValidationMessage.Fill(English[code], values), values);
    }
}
