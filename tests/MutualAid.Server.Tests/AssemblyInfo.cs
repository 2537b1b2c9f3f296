// The in-process CLI builds hosts while WebApplicationFactory listens for the host it should capture;
// running both at once could hand the factory the wrong host, so this assembly runs tests one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
