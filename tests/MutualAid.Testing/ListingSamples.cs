using System.Text.Json.Nodes;

namespace MutualAid.Testing;

/// <summary>Valid listing request bodies of every kind, as JSON the tests can change field by field.</summary>
public static class ListingSamples
{
    public static readonly string[] Kinds = ["offer", "need", "fund", "contact", "service", "savingsCircle"];

    public static JsonObject For(string kind) => kind switch
    {
        "offer" => Offer(),
        "need" => Need(),
        "fund" => Fund(),
        "contact" => Contact(),
        "service" => Service(),
        "savingsCircle" => SavingsCircle(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown listing kind."),
    };

    public static JsonObject Offer() => Common("offer", "Spare winter coats", "en", "housing", new JsonObject
    {
        ["what"] = "Adult winter coats",
        ["quantityAvailable"] = 12,
        ["unit"] = "coats",
        ["conditions"] = "Washed, sizes M to XL",
        ["handOver"] = "pickUpOrDelivery",
    });

    public static JsonObject Need() => Common("need", "Necesitamos pañales", "es", "childcare", new JsonObject
    {
        ["what"] = "Pañales talla 4",
        ["quantityNeeded"] = 30.5,
        ["unit"] = "paquetes",
        ["urgency"] = "high",
        ["deadline"] = "2099-01-31T18:00:00+00:00",
    });

    public static JsonObject Fund() => Common("fund", "صندوق الإيجار", "ar", "housing", new JsonObject
    {
        ["purpose"] = "rent",
        ["goalAmount"] = 5000.25,
        ["raisedAmount"] = 1200,
        ["currency"] = "EUR",
        ["fullyFunded"] = false,
        ["howToGive"] = "Bank transfer to the tenants' union account",
    }, followable: true);

    public static JsonObject Contact() => Common("contact", "Legal hotline", "en", "legal", new JsonObject
    {
        ["phone"] = "+1 555 010 9999",
        ["email"] = "hotline@example.org",
        ["languagesSpoken"] = new JsonArray("en", "es-MX"),
        ["alwaysOpen"] = false,
        ["schedule"] = new JsonObject
        {
            ["recurrence"] = "FREQ=WEEKLY;BYDAY=MO,WE,FR",
            ["opens"] = "09:00",
            ["closes"] = "17:30",
            ["timeZone"] = "America/New_York",
        },
    }, followable: true);

    public static JsonObject Service() => Common("service", "Free clinic", "en", "medical", new JsonObject
    {
        ["schedule"] = new JsonObject
        {
            ["recurrence"] = "FREQ=WEEKLY;BYDAY=SA",
            ["opens"] = "10:00",
            ["closes"] = "14:00",
            ["timeZone"] = "Europe/Madrid",
        },
        ["walkInsWelcome"] = false,
    });

    public static JsonObject SavingsCircle() => Common("savingsCircle", "Tanda del mercado", "es", "savings", new JsonObject
    {
        ["localName"] = "tanda",
        ["contributionAmount"] = 50,
        ["currency"] = "MXN",
        ["cycleLengthDays"] = 7,
        ["slots"] = 10,
        ["payoutOrder"] = "bidding",
        ["seatsOpen"] = 4,
    });

    private static JsonObject Common(string kind, string title, string language, string category, JsonObject details, bool followable = false) => new()
    {
        ["kind"] = kind,
        ["title"] = title,
        ["body"] = "Details **here**. <script>alert(1)</script>",
        ["categories"] = new JsonArray(category, "other"),
        ["tags"] = new JsonArray("#Solidarity", "winter"),
        ["language"] = language,
        ["status"] = "open",
        ["visibility"] = "public",
        ["location"] = new JsonObject
        {
            ["placeName"] = "Lavapiés",
            ["latitude"] = 40.408512,
            ["longitude"] = -3.701234,
            ["precision"] = "neighbourhood",
        },
        ["serviceArea"] = "Centro district",
        ["followable"] = followable,
        [kind] = details,
    };
}
