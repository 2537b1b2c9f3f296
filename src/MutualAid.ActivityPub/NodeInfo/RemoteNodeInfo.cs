namespace MutualAid.ActivityPub.NodeInfo;

/// <summary>What a remote instance says about itself.</summary>
/// <param name="SchemaVersion">The schema version of the document read ("2.1", "2.0"...).</param>
/// <param name="DocumentUri">Where the NodeInfo document was read from.</param>
/// <param name="Document">The document, read leniently.</param>
/// <param name="InstanceActor">The FEP-2677 instance actor, when the discovery document links one.</param>
public sealed record RemoteNodeInfo(string SchemaVersion, Uri DocumentUri, NodeInfoDocument Document, Uri? InstanceActor);
