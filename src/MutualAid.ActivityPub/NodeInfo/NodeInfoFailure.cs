namespace MutualAid.ActivityPub.NodeInfo;

/// <summary>Why a remote instance's NodeInfo could not be read (transport failures are <c>RemoteFetchException</c>s).</summary>
public enum NodeInfoFailure
{
    /// <summary>The discovery document links no NodeInfo 2.x schema.</summary>
    NoSupportedSchema,

    /// <summary>A document is not JSON of the expected shape, or lacks the software name.</summary>
    InvalidDocument,
}
