using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Federation.Conversion;
using MutualAid.Federation.Wording;

namespace MutualAid.Federation.Publishing;

/// <summary>
/// What a follower of a fund, contact or service should hear about an edit, one sentence per change:
/// money raised, goal reached, money disbursed, fully funded (give elsewhere), hours, numbers, places, temporary closures.
/// An edit that changes none of these (a reworded description) says nothing: the listing's own Update covers it.
/// The sentences are in the listing's language when we ship it, in English otherwise.
/// </summary>
public static class ListingChanges
{
    public static IReadOnlyList<string> Describe(ListingSnapshot before, Listing after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var t = NoteLanguages.For(after.Language);
        var changes = new List<string>();
        Status(before.Status, after.Status, changes, t);
        if (before.Fund is { } oldFund && after.Fund is { } fund)
        {
            Fund(oldFund, fund, changes, t);
        }

        if (before.Contact is { } oldContact && after.Contact is { } contact)
        {
            Contact(oldContact, contact, changes, t);
        }

        if (before.Service is { } oldService && after.Service is { } service)
        {
            Changed("hours", ListingFacts.Hours(oldService.Schedule, t), ListingFacts.Hours(service.Schedule, t), changes, t);
            if (oldService.WalkInsWelcome != service.WalkInsWelcome)
            {
                changes.Add(service.WalkInsWelcome ? t["news.walkIns"] : t["news.bookAhead"]);
            }
        }

        if (after.Kind is ListingKind.Contact or ListingKind.Service)
        {
            var oldPlace = before.PlaceName is { Length: > 0 } place ? place : before.ServiceArea;
            Changed("place", oldPlace, ListingFacts.Place(after), changes, t);
        }

        return changes;
    }

    private static void Status(ListingStatus before, ListingStatus after, List<string> changes, NoteWording t)
    {
        if (before == after)
        {
            return;
        }

        changes.Add(t[after switch
        {
            ListingStatus.Paused => "news.paused",
            ListingStatus.Open => before == ListingStatus.Paused ? "news.resumed" : "news.open",
            ListingStatus.Fulfilled => "news.fulfilled",
            ListingStatus.Expired => "news.expired",
            _ => "news.closed",
        }]);
    }

    private static void Fund(FundDetails before, FundDetails after, List<string> changes, NoteWording t)
    {
        if (before.GoalAmount != after.GoalAmount || before.Currency != after.Currency)
        {
            changes.Add(t.Format("news.goal", t.Money(after.GoalAmount, after.Currency)));
        }

        var reached = after.GoalAmount > 0 && after.RaisedAmount >= after.GoalAmount;
        var wasReached = before.GoalAmount > 0 && before.RaisedAmount >= before.GoalAmount;
        if (before.RaisedAmount != after.RaisedAmount)
        {
            var delta = after.RaisedAmount - before.RaisedAmount;
            var how = t.Format(delta > 0 ? "news.more" : "news.correctedBy", t.Money(delta, after.Currency));
            changes.Add(t.Format(reached && !wasReached ? "news.goalReachedBy" : "news.raised", ListingFacts.Raised(after, t), how));
        }
        else if (reached && !wasReached)
        {
            changes.Add(t.Format("news.goalReached", ListingFacts.Raised(after, t)));
        }

        Disbursed(before, after, changes, t);
        if (after.FullyFunded && !before.FullyFunded)
        {
            var elsewhere = string.Join(" ", new[] { after.GiveElsewhereText, after.GiveElsewhereUrl }.Where(text => text is { Length: > 0 }));
            changes.Add(elsewhere.Length > 0 ? t.Format("news.fullyFundedElsewhere", elsewhere) : t["news.fullyFunded"]);
        }
        else if (!after.FullyFunded && before.FullyFunded)
        {
            changes.Add(t["news.donationsAgain"]);
        }
        else if (!after.FullyFunded && before.HowToGive != after.HowToGive && after.HowToGive.Length > 0)
        {
            changes.Add(t.Format("news.howToGive", after.HowToGive));
        }
    }

    /// <summary>
    /// Money paid out, made public by the collective: donors hear where their money went. A new note on its
    /// own is news too (what earlier money paid for); a lower total is a correction, said as one.
    /// </summary>
    private static void Disbursed(FundDetails before, FundDetails after, List<string> changes, NoteWording t)
    {
        var note = after.LastDisbursement is { Length: > 0 } text ? text : null;
        var noteChanged = !string.Equals(before.LastDisbursement ?? "", after.LastDisbursement ?? "", StringComparison.Ordinal);
        var total = t.Money(after.DisbursedAmount, after.Currency);
        if (after.DisbursedAmount > before.DisbursedAmount)
        {
            var paid = t.Money(after.DisbursedAmount - before.DisbursedAmount, after.Currency);
            var soFar = before.DisbursedAmount > 0;
            changes.Add((note is not null && noteChanged, soFar) switch
            {
                (true, true) => t.Format("news.disbursedNoteTotal", paid, note, total),
                (true, false) => t.Format("news.disbursedNote", paid, note),
                (false, true) => t.Format("news.disbursedTotal", paid, total),
                (false, false) => t.Format("news.disbursed", paid),
            });
        }
        else if (after.DisbursedAmount < before.DisbursedAmount)
        {
            changes.Add(note is not null && noteChanged ? t.Format("news.disbursedCorrectedNote", total, note) : t.Format("news.disbursedCorrected", total));
        }
        else if (noteChanged && note is not null)
        {
            changes.Add(t.Format("news.disbursementNote", note, total));
        }
    }

    private static void Contact(ContactDetails before, ContactDetails after, List<string> changes, NoteWording t)
    {
        Changed("phone", before.Phone, after.Phone, changes, t);
        Changed("signal", before.Signal, after.Signal, changes, t);
        Changed("email", before.Email, after.Email, changes, t);
        Changed("web", before.Url, after.Url, changes, t);
        Changed("hours", ListingFacts.Hours(before, t), ListingFacts.Hours(after, t), changes, t);
        Changed("languages", t.List(before.LanguagesSpoken), t.List(after.LanguagesSpoken), changes, t);
    }

    /// <param name="what">The catalogue's name of the fact: each language words "new phone" / "new place" its own way.</param>
    private static void Changed(string what, string? before, string? after, List<string> changes, NoteWording t)
    {
        before = string.IsNullOrEmpty(before) ? null : before;
        after = string.IsNullOrEmpty(after) ? null : after;
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return;
        }

        changes.Add(after is null ? t.Format($"news.{what}.removed", before)
            : before is null ? t.Format($"news.{what}.added", after)
            : t.Format($"news.{what}.changed", after, before));
    }
}
