namespace MutualAid.Core.Federation;

public enum InteractionKind
{
    Like,
    Announce,
}
