var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "mutualaid");
await app.RunAsync();

public partial class Program;
