using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Core.Listings.Input;

namespace MutualAid.Server.Demo;

/// <summary>Realistic demo listings: every kind, in English, Spanish and Arabic.</summary>
public static class DemoListings
{
    private const string Zone = "America/Chicago";

    public static IReadOnlyList<ListingInput> Create(DateTimeOffset now) =>
    [
        new()
        {
            Kind = ListingKind.Offer, Language = "en", Categories = [Category.Food], Tags = ["produce", "community-garden"],
            Title = "Fresh produce from the Racine Ave garden, every Saturday",
            Body = "Our garden crew harvests on Friday evenings. Come by **Saturday 9–12** and take what your household needs — no sign-up, no questions.\n\nBring your own bags if you can.",
            Location = new() { PlaceName = "Racine Ave community garden", Latitude = 41.8572, Longitude = -87.6567, Precision = LocationPrecision.Neighbourhood },
            Offer = new() { What = "Tomatoes, greens, squash and herbs", QuantityAvailable = 40, Unit = "kg", Conditions = "Weekly while the season lasts", HandOver = HandOver.PickUp },
        },
        new()
        {
            Kind = ListingKind.Offer, Language = "es", Categories = [Category.Childcare], Tags = ["cuidado", "martes"],
            Title = "Cuidado de niños los martes por la tarde",
            Body = "Tres mamás del barrio cuidamos a niñas y niños de 3 a 10 años mientras asistes a tu audiencia, turno o clase de inglés. Tenemos meriendas y juegos.",
            Location = new() { PlaceName = "Pilsen", Latitude = 41.8562, Longitude = -87.6610, Precision = LocationPrecision.Neighbourhood },
            Offer = new() { What = "Cuidado infantil gratuito", QuantityAvailable = 8, Unit = "lugares", Conditions = "Avísanos con un día de anticipación", HandOver = HandOver.PickUp },
        },
        new()
        {
            Kind = ListingKind.Need, Language = "en", Categories = [Category.Childcare, Category.Food], Tags = ["diapers"],
            Title = "Diapers, sizes 4 and 5",
            Body = "Our diaper shelf runs out every week. Unopened packs of any brand help; we also take partial packs in a sealed bag.",
            Location = new() { PlaceName = "Lower West Side", Latitude = 41.8535, Longitude = -87.6655, Precision = LocationPrecision.City },
            Need = new() { What = "Diapers size 4 and 5", QuantityNeeded = 60, Unit = "packs", Urgency = Urgency.High, Deadline = now.AddDays(14) },
        },
        new()
        {
            Kind = ListingKind.Need, Language = "ar", Categories = [Category.Housing, Category.Disaster], Tags = ["شتاء"],
            Title = "بطانيات شتوية للعائلات الوافدة حديثاً",
            Body = "وصلت هذا الشهر أربعون عائلة إلى الملاجئ المؤقتة في الحي. نحتاج إلى بطانيات نظيفة وجديدة قبل موجة البرد القادمة.",
            Location = new() { PlaceName = "Little Village", Latitude = 41.8443, Longitude = -87.7048, Precision = LocationPrecision.City },
            Need = new() { What = "بطانيات شتوية", QuantityNeeded = 120, Unit = "بطانية", Urgency = Urgency.Critical, Deadline = now.AddDays(10) },
        },
        new()
        {
            Kind = ListingKind.Fund, Language = "en", Categories = [Category.Strike], Tags = ["warehouse", "picket"], Followable = true,
            Title = "Warehouse workers' strike fund",
            Body = "Two hundred workers at the Cicero Ave distribution centre are on strike for safe staffing. The fund covers rent and groceries while they hold the line.",
            Fund = new() { Purpose = FundPurpose.Strike, GoalAmount = 25000m, RaisedAmount = 18340.50m, Currency = "USD", HowToGive = "Cash or check at the picket line (Cicero & 31st), or by card at https://barrio-unido.example/strike." },
        },
        new()
        {
            Kind = ListingKind.Fund, Language = "es", Categories = [Category.Bail, Category.Legal], Tags = ["fianzas"], Followable = true,
            Title = "Fondo de fianzas para vecinos detenidos",
            Body = "¡Gracias! Reunimos todas las fianzas de la redada de marzo. Si quieres ayudar, apoya al fondo regional que sigue pagando fianzas.",
            Fund = new()
            {
                Purpose = FundPurpose.Bail, GoalAmount = 10000m, RaisedAmount = 10000m, Currency = "USD", FullyFunded = true,
                GiveElsewhereText = "Dona al Fondo Regional de Fianzas", GiveElsewhereUrl = "https://bail-fund.example/donate",
                HowToGive = "Ya no aceptamos donaciones para este fondo.",
            },
        },
        new()
        {
            Kind = ListingKind.Contact, Language = "en", Categories = [Category.Legal, Category.Housing], Tags = ["tenants", "eviction"], Followable = true,
            Title = "Tenant legal hotline",
            Body = "Got an eviction notice or a lockout? Call before you sign anything. Volunteer lawyers answer in English and Spanish.",
            Contact = new()
            {
                Phone = "+1 312 555 0177", Email = "hotline@barrio-unido.example", LanguagesSpoken = ["en", "es"],
                Schedule = new() { Recurrence = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", Opens = "09:00", Closes = "17:00", TimeZone = Zone },
            },
        },
        new()
        {
            Kind = ListingKind.Contact, Language = "ar", Categories = [Category.Medical, Category.MentalHealth], Tags = ["دعم"], Followable = true,
            Title = "خط دعم طبي ونفسي على مدار الساعة",
            Body = "ممرضات ومرشدون متطوعون يجيبون ليلاً ونهاراً. المكالمات سرية ولا نسأل عن الوضع القانوني.",
            Contact = new() { Signal = "+1 312 555 0190", Phone = "+1 312 555 0190", LanguagesSpoken = ["ar", "en"], AlwaysOpen = true },
        },
        new()
        {
            Kind = ListingKind.Service, Language = "es", Categories = [Category.Medical], Tags = ["clínica"], Followable = true,
            Title = "Clínica gratuita los sábados",
            Body = "Consultas generales, presión arterial, vacunas contra la gripe y recetas. Sin seguro y sin preguntas sobre estatus migratorio.",
            Location = new() { PlaceName = "Iglesia San Pío, salón parroquial", Latitude = 41.8546, Longitude = -87.6592, Precision = LocationPrecision.Exact },
            Service = new() { Schedule = new() { Recurrence = "FREQ=WEEKLY;BYDAY=SA", Opens = "10:00", Closes = "14:00", TimeZone = Zone }, WalkInsWelcome = true },
        },
        new()
        {
            Kind = ListingKind.Service, Language = "en", Categories = [Category.Food], Tags = ["pantry", "distribution"],
            Title = "Community food distribution",
            Body = "Groceries for about 300 households a week: produce, rice, beans, halal and vegetarian options. Volunteers welcome from 15:00.",
            Location = new() { PlaceName = "Harrison Park fieldhouse", Latitude = 41.8507, Longitude = -87.6700, Precision = LocationPrecision.Neighbourhood },
            Service = new() { Schedule = new() { Recurrence = "FREQ=WEEKLY;BYDAY=WE,SA", Opens = "16:00", Closes = "19:00", TimeZone = Zone }, WalkInsWelcome = true },
        },
        new()
        {
            Kind = ListingKind.SavingsCircle, Language = "es", Categories = [Category.Savings], Tags = ["tanda"],
            Title = "Tanda de las costureras",
            Body = "Diez compañeras aportamos cada quincena y cada vez una se lleva la bolsa completa. Quedan tres lugares; el orden se sortea.",
            SavingsCircle = new() { LocalName = "tanda", ContributionAmount = 100m, Currency = "USD", CycleLengthDays = 14, Slots = 10, PayoutOrder = PayoutOrder.Lottery, SeatsOpen = 3 },
        },
        new()
        {
            Kind = ListingKind.SavingsCircle, Language = "ar", Categories = [Category.Savings], Tags = ["جمعية"],
            Title = "جمعية الجيران الشهرية",
            Body = "جمعية ادخار بين الجيران: يدفع كل عضو مئتي دولار شهرياً ويستلم أحدنا المبلغ كاملاً كل شهر بحسب الترتيب المتفق عليه.",
            SavingsCircle = new() { LocalName = "gam'eya", ContributionAmount = 200m, Currency = "USD", CycleLengthDays = 30, Slots = 12, PayoutOrder = PayoutOrder.Fixed, SeatsOpen = 2 },
        },
    ];
}
