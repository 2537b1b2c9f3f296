using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Server.Web.Localization;
using MutualAid.Server.Web.Pages;
using H = MutualAid.Server.Web.Html.Html;

namespace MutualAid.Server.Web.Members;

/// <summary>The create/edit form for one kind of listing: the common fields, then the kind's own fieldset.</summary>
public static class ListingForm
{
    public static H Render(PageContext page, string collectiveSlug, ListingKind kind, string action, FormFields f, bool editing)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(f);
        var t = page.T;
        var categories = Enum.GetValues<Category>().Select(c => (ListingDetails.CategoryParam(c), CategoryVocabulary.Label(c, t.Language)));
        var languages = new[] { "en", "es", "ar", "fr", "pt", "zh", "ja" }.Select(l => (l, Layout.LanguageName(l)));
        return H.Of($"""
            <form method="post" action="{action}" class="listing-form" novalidate>
            {page.AntiforgeryField()}
            <input type="hidden" name="kind" value="{SearchForm.Param(kind)}">
            {(editing ? H.Of($"<input type=\"hidden\" name=\"version\" value=\"{f.Value("version")}\">") : H.Empty)}
            {f.Summary(t["form.problems"])}
            <fieldset><legend>{t["form.about"]}</legend>
            {f.Input("title", t["form.title"], required: true)}
            {f.TextArea("body", t["form.body"], hint: t["form.bodyHint"], rows: 6)}
            {f.Select("language", t["form.language"], languages.Select(l => (l.l, l.Item2)))}
            {f.Checkboxes("categories", t["form.categories"], categories)}
            {f.Input("tags", t["form.tags"], hint: t["form.tagsHint"])}
            {f.Select("status", t["form.status"], Enum.GetValues<ListingStatus>().Select(s => (SearchForm.Param(s), t["status.name." + SearchForm.Param(s)])))}
            {f.Select("visibility", t["form.visibility"], Enum.GetValues<ListingVisibility>().Select(v => (SearchForm.Param(v), t["visibility." + SearchForm.Param(v)])))}
            {f.Input("expiresAt", t["form.expiresAt"], "datetime-local", hint: t["form.utc"])}
            {(ListingFollowSection.IsFollowableKind(kind) ? Followable(page, collectiveSlug, f) : H.Empty)}
            </fieldset>
            <fieldset><legend>{t["form.where"]}</legend>
            {f.Input("location.placeName", t["form.placeName"])}
            {f.Input("location.latitude", t["form.latitude"], "number")}
            {f.Input("location.longitude", t["form.longitude"], "number")}
            {f.Select("location.precision", t["form.precision"], Enum.GetValues<LocationPrecision>().Select(p => (SearchForm.Param(p), t["precision." + SearchForm.Param(p)])))}
            {f.Input("serviceArea", t["form.serviceArea"])}
            </fieldset>
            <fieldset><legend>{t[ListingLinks.KindKey(kind)]}</legend>
            {Details(kind, f, t)}
            </fieldset>
            <p><button type="submit">{(editing ? t["form.save"] : t["form.publish"])}</button></p>
            </form>
            """);
    }

    /// <summary>
    /// The "followable" switch and the handle it would get. Without scripts the hint cannot follow typing, so it
    /// shows the handle as saved (or as typed before a failed save), else where the typed part goes.
    /// </summary>
    private static H Followable(PageContext page, string collectiveSlug, FormFields f)
    {
        var t = page.T;
        var typed = f.Value("actorSlug");
        var handle = $"@{collectiveSlug}.{(typed.Length == 0 ? "…" : typed)}@{page.Instance.Domain}";
        return H.Of($"""
            {f.Checkbox("followable", t["form.followable"])}
            {f.Input("actorSlug", t["form.actorSlug"], hint: t.Format("form.actorSlugHint", ListingFollowSection.LeftToRight(handle)), extra: "maxlength=\"64\" autocapitalize=\"none\" autocomplete=\"off\" spellcheck=\"false\" dir=\"ltr\"")}
            """);
    }

    private static H Details(ListingKind kind, FormFields f, UiText t) => kind switch
    {
        ListingKind.Offer => H.Of($"""
            {f.Input("offer.what", t["offer.what"])}
            {f.Input("offer.quantityAvailable", t["offer.quantity"], "number")}
            {f.Input("offer.unit", t["form.unit"])}
            {f.TextArea("offer.conditions", t["offer.conditions"])}
            {f.Select("offer.handOver", t["offer.handOver"], Enum.GetValues<HandOver>().Select(h => (SearchForm.Param(h), t["handOver." + h.ToString().ToLowerInvariant()])))}
            """),
        ListingKind.Need => H.Of($"""
            {f.Input("need.what", t["need.what"])}
            {f.Input("need.quantityNeeded", t["need.quantity"], "number")}
            {f.Input("need.unit", t["form.unit"])}
            {f.Select("need.urgency", t["need.urgency"], Enum.GetValues<Urgency>().Select(u => (SearchForm.Param(u), t["urgency." + SearchForm.Param(u)])))}
            {f.Input("need.deadline", t["need.deadline"], "datetime-local", hint: t["form.utc"])}
            """),
        ListingKind.Fund => H.Of($"""
            {f.Select("fund.purpose", t["form.purpose"], Enum.GetValues<FundPurpose>().Select(p => (SearchForm.Param(p), t["fund.purpose." + p.ToString().ToLowerInvariant()])))}
            {f.Input("fund.goalAmount", t["form.goal"], "number")}
            {f.Input("fund.raisedAmount", t["form.raised"], "number")}
            {f.Input("fund.disbursedAmount", t["form.disbursed"], "number")}
            {f.TextArea("fund.lastDisbursement", t["form.lastDisbursement"], rows: 2)}
            {f.Input("fund.currency", t["form.currency"], hint: "EUR, USD, MXN…", extra: "maxlength=\"3\" autocapitalize=\"characters\"")}
            {f.TextArea("fund.howToGive", t["fund.howToGive"])}
            {f.Checkbox("fund.fullyFunded", t["fund.fullyFunded"])}
            {f.TextArea("fund.giveElsewhereText", t["form.giveElsewhereText"])}
            {f.Input("fund.giveElsewhereUrl", t["form.giveElsewhereUrl"], "url")}
            """),
        ListingKind.Contact => H.Of($"""
            {f.Input("contact.phone", t["contact.phone"], "tel")}
            {f.Input("contact.signal", "Signal")}
            {f.Input("contact.email", t["contact.email"], "email")}
            {f.Input("contact.url", t["form.url"], "url")}
            {f.Input("contact.languagesSpoken", t["contact.languages"], hint: t["form.languagesHint"])}
            {f.Checkbox("contact.alwaysOpen", t["contact.alwaysOpen"])}
            {Schedule("contact.schedule", f, t)}
            """),
        ListingKind.Service => H.Of($"""
            {Schedule("service.schedule", f, t)}
            {f.Checkbox("service.walkInsWelcome", t["service.walkIns"])}
            """),
        ListingKind.SavingsCircle => H.Of($"""
            {f.Input("savingsCircle.localName", t["circle.localName"], hint: "tanda, susu, stokvel, hui, paluwagan…")}
            {f.Input("savingsCircle.contributionAmount", t["circle.contribution"], "number")}
            {f.Input("savingsCircle.currency", t["form.currency"], extra: "maxlength=\"3\" autocapitalize=\"characters\"")}
            {f.Input("savingsCircle.cycleLengthDays", t["form.cycleDays"], "number")}
            {f.Input("savingsCircle.slots", t["form.slots"], "number")}
            {f.Input("savingsCircle.seatsOpen", t["circle.seats"], "number")}
            {f.Select("savingsCircle.payoutOrder", t["circle.payoutOrder"], Enum.GetValues<PayoutOrder>().Select(p => (SearchForm.Param(p), t["payout." + p.ToString().ToLowerInvariant()])))}
            """),
        _ => H.Empty,
    };

    private static H Schedule(string prefix, FormFields f, UiText t) => H.Of($"""
        <fieldset><legend>{t["form.schedule"]}</legend>
        {f.GroupError(prefix)}
        {f.Input(prefix + ".recurrence", t["form.recurrence"], hint: t["form.recurrenceHint"])}
        {f.Input(prefix + ".opens", t["form.opens"], "time")}
        {f.Input(prefix + ".closes", t["form.closes"], "time")}
        {f.Input(prefix + ".timeZone", t["form.timeZone"], hint: "Europe/Madrid, America/Chicago…")}
        </fieldset>
        """);
}
