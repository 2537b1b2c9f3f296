namespace MutualAid.Server.Tests.Web;

/// <summary>What a person types into the listing form for each kind (field names as the form posts them).</summary>
internal static class FormSamples
{
    public static readonly string[] Kinds = ["offer", "need", "fund", "contact", "service", "savingsCircle"];

    public static List<KeyValuePair<string, string>> For(string kind, string title)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("kind", kind), new("title", title), new("body", "Written in the *browser*."), new("language", "en"),
            new("categories", "food"), new("categories", "other"), new("tags", "neighbours, winter"), new("status", "open"), new("visibility", "public"),
            new("location.placeName", "Pilsen"), new("location.latitude", "41.8565"), new("location.longitude", "-87.6614"), new("location.precision", "neighbourhood"),
        };
        fields.AddRange(kind switch
        {
            "offer" => [new("offer.what", "Coats"), new("offer.quantityAvailable", "5"), new("offer.unit", "coats"), new("offer.conditions", "Clean"), new("offer.handOver", "pickUp")],
            "need" => [new("need.what", "Diapers"), new("need.quantityNeeded", "20"), new("need.unit", "packs"), new("need.urgency", "high")],
            "fund" => [new("fund.purpose", "rent"), new("fund.goalAmount", "1000"), new("fund.raisedAmount", "100"), new("fund.currency", "usd"), new("fund.howToGive", "Cash at the door")],
            "contact" => [new("contact.phone", "+1 312 555 0100"), new("contact.email", "line@example.org"), new("contact.languagesSpoken", "en, es"), new("contact.alwaysOpen", "true")],
            "service" => [new("service.schedule.recurrence", "FREQ=WEEKLY;BYDAY=SA"), new("service.schedule.opens", "10:00"), new("service.schedule.closes", "14:00"), new("service.schedule.timeZone", "America/Chicago"), new("service.walkInsWelcome", "true")],
            "savingsCircle" => [new("savingsCircle.localName", "tanda"), new("savingsCircle.contributionAmount", "50"), new("savingsCircle.currency", "MXN"), new("savingsCircle.cycleLengthDays", "7"), new("savingsCircle.slots", "10"), new("savingsCircle.payoutOrder", "lottery"), new("savingsCircle.seatsOpen", "3")],
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind."),
        });
        return fields;
    }
}
