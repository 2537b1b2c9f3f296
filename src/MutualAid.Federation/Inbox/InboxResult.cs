namespace MutualAid.Federation.Inbox;

public sealed record InboxResult(InboxOutcome Outcome, string Message);
