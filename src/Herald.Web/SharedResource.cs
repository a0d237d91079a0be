namespace Herald.Web;

/// <summary>Anchor type for the shared UI texts in Resources/SharedResource.*.resx.</summary>
internal sealed class SharedResource;
