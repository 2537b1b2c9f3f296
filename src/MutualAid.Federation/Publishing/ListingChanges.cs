using MutualAid.Core.Listings;
using MutualAid.Core.Listings.Details;
using MutualAid.Federation.Conversion;

namespace MutualAid.Federation.Publishing;

/// <summary>
/// What a follower of a fund, contact or service should hear about an edit, one sentence per change:
/// money raised, goal reached, money disbursed, fully funded (give elsewhere), hours, numbers, places, temporary closures.
/// An edit that changes none of these (a reworded description) says nothing: the listing's own Update covers it.
/// </summary>
public static class ListingChanges
{
    public static IReadOnlyList<string> Describe(ListingSnapshot before, Listing after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<string>();
        Status(before.Status, after.Status, changes);
        if (before.Fund is { } oldFund && after.Fund is { } fund)
        {
            Fund(oldFund, fund, changes);
        }

        if (before.Contact is { } oldContact && after.Contact is { } contact)
        {
            Contact(oldContact, contact, changes);
        }

        if (before.Service is { } oldService && after.Service is { } service)
        {
            Changed("Hours", ListingFacts.Hours(oldService.Schedule), ListingFacts.Hours(service.Schedule), changes);
            if (oldService.WalkInsWelcome != service.WalkInsWelcome)
            {
                changes.Add(service.WalkInsWelcome ? "Walk-ins are welcome again." : "Please book ahead: no walk-ins for now.");
            }
        }

        if (after.Kind is ListingKind.Contact or ListingKind.Service)
        {
            var oldPlace = before.PlaceName is { Length: > 0 } place ? place : before.ServiceArea;
            Changed("Place", oldPlace, ListingFacts.Place(after), changes);
        }

        return changes;
    }

    private static void Status(ListingStatus before, ListingStatus after, List<string> changes)
    {
        if (before == after)
        {
            return;
        }

        changes.Add(after switch
        {
            ListingStatus.Paused => "⏸ Temporarily closed (paused) until further notice.",
            ListingStatus.Open => before == ListingStatus.Paused ? "▶ Open again." : "Open again.",
            ListingStatus.Fulfilled => "✅ Done: this is fulfilled.",
            ListingStatus.Expired => "This has expired.",
            _ => "Closed.",
        });
    }

    private static void Fund(FundDetails before, FundDetails after, List<string> changes)
    {
        if (before.GoalAmount != after.GoalAmount || before.Currency != after.Currency)
        {
            changes.Add($"New goal: {ListingFacts.Money(after.GoalAmount, after.Currency)}.");
        }

        var reached = after.GoalAmount > 0 && after.RaisedAmount >= after.GoalAmount;
        var wasReached = before.GoalAmount > 0 && before.RaisedAmount >= before.GoalAmount;
        if (before.RaisedAmount != after.RaisedAmount)
        {
            var delta = after.RaisedAmount - before.RaisedAmount;
            var how = delta > 0 ? $"{ListingFacts.Money(delta, after.Currency)} more" : $"corrected by {ListingFacts.Money(delta, after.Currency)}";
            changes.Add(reached && !wasReached
                ? $"🎉 Goal reached: {ListingFacts.Raised(after)} ({how}). Thank you!"
                : $"Raised: {ListingFacts.Raised(after)} ({how}).");
        }
        else if (reached && !wasReached)
        {
            changes.Add($"🎉 Goal reached: {ListingFacts.Raised(after)}.");
        }

        Disbursed(before, after, changes);
        if (after.FullyFunded && !before.FullyFunded)
        {
            var elsewhere = string.Join(" ", new[] { after.GiveElsewhereText, after.GiveElsewhereUrl }.Where(t => t is { Length: > 0 }));
            changes.Add(elsewhere.Length > 0 ? $"✅ Fully funded: please give elsewhere: {elsewhere}" : "✅ Fully funded: please give elsewhere.");
        }
        else if (!after.FullyFunded && before.FullyFunded)
        {
            changes.Add("Taking donations again.");
        }
        else if (!after.FullyFunded && before.HowToGive != after.HowToGive && after.HowToGive.Length > 0)
        {
            changes.Add($"How to give: {after.HowToGive}");
        }
    }

    /// <summary>
    /// Money paid out, made public by the collective: donors hear where their money went. A new note on its
    /// own is news too (what earlier money paid for); a lower total is a correction, said as one.
    /// </summary>
    private static void Disbursed(FundDetails before, FundDetails after, List<string> changes)
    {
        var note = after.LastDisbursement is { Length: > 0 } text ? text : null;
        var noteChanged = !string.Equals(before.LastDisbursement ?? "", after.LastDisbursement ?? "", StringComparison.Ordinal);
        if (after.DisbursedAmount > before.DisbursedAmount)
        {
            var paid = $"{ListingFacts.Money(after.DisbursedAmount - before.DisbursedAmount, after.Currency)} disbursed";
            var total = before.DisbursedAmount > 0 ? $" ({ListingFacts.Money(after.DisbursedAmount, after.Currency)} so far)" : "";
            changes.Add(note is not null && noteChanged ? $"💸 {paid}: {note}{total}" : $"💸 {paid}{total}.");
        }
        else if (after.DisbursedAmount < before.DisbursedAmount)
        {
            changes.Add($"Disbursed corrected to {ListingFacts.Money(after.DisbursedAmount, after.Currency)}" + (note is not null && noteChanged ? $": {note}" : "."));
        }
        else if (noteChanged && note is not null)
        {
            changes.Add($"💸 Disbursed: {note} ({ListingFacts.Money(after.DisbursedAmount, after.Currency)} so far)");
        }
    }

    private static void Contact(ContactDetails before, ContactDetails after, List<string> changes)
    {
        Changed("Phone", before.Phone, after.Phone, changes);
        Changed("Signal", before.Signal, after.Signal, changes);
        Changed("Email", before.Email, after.Email, changes);
        Changed("Web", before.Url, after.Url, changes);
        Changed("Hours", ListingFacts.Hours(before), ListingFacts.Hours(after), changes);
        Changed("Languages", string.Join(", ", before.LanguagesSpoken), string.Join(", ", after.LanguagesSpoken), changes);
    }

    private static void Changed(string what, string? before, string? after, List<string> changes)
    {
        before = string.IsNullOrEmpty(before) ? null : before;
        after = string.IsNullOrEmpty(after) ? null : after;
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return;
        }

        changes.Add(after is null ? $"{what} removed (was {before})." : before is null ? $"{what}: {after}." : $"New {what.ToLowerInvariant()}: {after} (was {before}).");
    }
}
