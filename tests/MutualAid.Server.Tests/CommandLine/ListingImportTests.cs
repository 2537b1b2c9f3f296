using Microsoft.EntityFrameworkCore;
using MutualAid.Core.Listings;
using MutualAid.Testing;

namespace MutualAid.Server.Tests.CommandLine;

public sealed class ListingImportTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_valid_json_file_imports_every_listing()
    {
        await CreateCollectiveAsync();
        var file = _data.File("listings.json");
        await File.WriteAllTextAsync(file, new System.Text.Json.Nodes.JsonArray(ListingSamples.Kinds.Select(k => (System.Text.Json.Nodes.JsonNode)ListingSamples.For(k)).ToArray()).ToJsonString());

        var result = await CliRunner.RunAsync("listing", "import", file, "--collective", "food-bank", "--data-dir", _data.Path);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Imported 6 listing(s)", result.Out, StringComparison.Ordinal);
        var kinds = await CliDatabase.ReadAsync(_data.Path, db => db.Listings.Select(l => l.Kind).ToListAsync());
        Assert.Equal(Enum.GetValues<ListingKind>().Order(), kinds.Order());
    }

    [Fact]
    public async Task One_bad_json_row_imports_nothing_and_every_bad_row_is_listed()
    {
        await CreateCollectiveAsync();
        var badCurrency = ListingSamples.Fund();
        badCurrency["fund"]!["currency"] = "DOUBLOONS";
        var noTitle = ListingSamples.Need();
        noTitle.Remove("title");
        var wrongType = ListingSamples.Offer();
        wrongType["offer"]!["quantityAvailable"] = "many";
        var file = _data.File("listings.json");
        await File.WriteAllTextAsync(file, new System.Text.Json.Nodes.JsonArray(ListingSamples.Offer(), badCurrency, noTitle, wrongType).ToJsonString());

        var result = await CliRunner.RunAsync("listing", "import", file, "--collective", "food-bank", "--data-dir", _data.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Nothing was imported", result.Error, StringComparison.Ordinal);
        Assert.Contains("item [1]: fund.currency:", result.Error, StringComparison.Ordinal);
        Assert.Contains("item [2]: title:", result.Error, StringComparison.Ordinal);
        Assert.Contains("item [3]: offer.quantityAvailable:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("item [0]", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await CliDatabase.ReadAsync(_data.Path, db => db.Listings.CountAsync()));
    }

    [Fact]
    public async Task A_csv_file_with_quoted_multiline_cells_imports()
    {
        await CreateCollectiveAsync();
        var file = _data.File("listings.csv");
        await File.WriteAllTextAsync(file, """
            kind,title,body,categories,tags,language,location.placeName,location.latitude,location.longitude,location.precision,offer.what,offer.quantityAvailable,offer.unit,fund.purpose,fund.goalAmount,fund.currency,fund.howToGive,followable
            offer,"Rice, beans and oil","Two lines:
            pick up at the back door",food;other,pantry,en,Eastside,41.85,-87.66,city,Dry goods,25,kg,,,,,
            fund,Fondo de renta,Para la huelga de inquilinos,housing,,es,,,,,,,,rent,3000.50,USD,Efectivo en la asamblea,true
            """);

        var result = await CliRunner.RunAsync("listing", "import", file, "--collective", "food-bank", "--data-dir", _data.Path);

        Assert.True(result.ExitCode == 0, result.Error);
        var listings = await CliDatabase.ReadAsync(_data.Path, db => db.Listings.OrderBy(l => l.Id).ToListAsync());
        Assert.Equal(2, listings.Count);
        Assert.Equal("Rice, beans and oil", listings[0].Title);
        Assert.Contains("\n", listings[0].Body, StringComparison.Ordinal);
        Assert.Equal([Category.Food, Category.Other], listings[0].Categories);
        Assert.Equal(25m, listings[0].Offer!.QuantityAvailable);
        Assert.Equal(3000.50m, listings[1].Fund!.GoalAmount);
        Assert.True(listings[1].Followable);
    }

    [Fact]
    public async Task Bad_csv_rows_are_reported_by_line_and_field_and_nothing_is_imported()
    {
        await CreateCollectiveAsync();
        var file = _data.File("listings.csv");
        await File.WriteAllTextAsync(file, """
            kind,title,categories,language,need.what,need.quantityNeeded,need.unit
            need,Blankets,housing,en,Blankets,40,blankets
            need,,housing,en,Tents,-3,tents
            need,Water,housing,xx-not-a-tag-at-all,Water,lots,litres
            """);

        var result = await CliRunner.RunAsync("listing", "import", file, "--collective", "food-bank", "--data-dir", _data.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 3: title:", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 3: need.quantityNeeded:", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 4: need.quantityNeeded:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("line 2", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await CliDatabase.ReadAsync(_data.Path, db => db.Listings.CountAsync()));
    }

    [Fact]
    public async Task Unknown_csv_columns_are_reported()
    {
        await CreateCollectiveAsync();
        var file = _data.File("listings.csv");
        await File.WriteAllTextAsync(file, "kind,title,colour\noffer,Coats,red\n");

        var result = await CliRunner.RunAsync("listing", "import", file, "--collective", "food-bank", "--data-dir", _data.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 1: colour: Unknown column.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_into_an_unknown_collective_fails()
    {
        var file = _data.File("listings.json");
        await File.WriteAllTextAsync(file, "[]");

        var result = await CliRunner.RunAsync("listing", "import", file, "--collective", "ghosts", "--data-dir", _data.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no collective 'ghosts'", result.Error, StringComparison.Ordinal);
    }

    private async Task CreateCollectiveAsync()
    {
        var result = await CliRunner.RunAsync("collective", "add", "food-bank", "--name", "Food bank", "--data-dir", _data.Path);
        Assert.True(result.ExitCode == 0, result.Error);
    }
}
