using MutualAid.Core.Listings.Import;

namespace MutualAid.Core.Tests.Listings.Import;

public sealed class CsvRecordsTests
{
    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_newlines_and_records_know_their_line()
    {
        var records = CsvRecords.Parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nagain\"\nlast,\n");

        Assert.Equal(3, records.Count);
        Assert.Equal(["x, y", "say \"hi\"\nagain"], records[1].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(4, records[2].Line);
        Assert.Equal(["last", ""], records[2].Fields);
    }

    [Fact]
    public void An_unclosed_quote_is_an_error() =>
        Assert.Throws<FormatException>(() => CsvRecords.Parse("a\n\"never closed"));
}
