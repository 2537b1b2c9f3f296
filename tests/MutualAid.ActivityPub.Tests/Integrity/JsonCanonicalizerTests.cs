using MutualAid.ActivityPub.Integrity;

namespace MutualAid.ActivityPub.Tests.Integrity;

public sealed class JsonCanonicalizerTests
{
    [Theory]
    // RFC 8785 Appendix B and ECMAScript Number::toString corner cases.
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(4.5, "4.5")]
    [InlineData(0.002, "0.002")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(0.0000001, "1e-7")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e30, "1e+30")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(333333333.33333329, "333333333.3333333")]
    [InlineData(9007199254740992.0, "9007199254740992")]
    [InlineData(295147905179352830000.0, "295147905179352830000")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(-1.2345e-10, "-1.2345e-10")]
    public void Numbers_serialize_as_ecmascript_does(double value, string expected) =>
        Assert.Equal(expected, JsonCanonicalizer.FormatNumber(value));

    [Fact]
    public void Negative_zero_is_zero() => Assert.Equal("0", JsonCanonicalizer.FormatNumber(-0.0));

    [Fact]
    public void Rfc8785_sorting_example_orders_by_utf16_code_units()
    {
        const string input = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\",\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\",\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
        const string expected = "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}";
        Assert.Equal(expected, JsonCanonicalizer.Canonicalize(input));
    }

    [Fact]
    public void Rfc8785_values_example_is_reproduced()
    {
        const string input = "{\"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\"literals\": [null, true, false]}";
        const string expected = "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
        Assert.Equal(expected, JsonCanonicalizer.Canonicalize(input));
    }

    [Fact]
    public void Whitespace_and_nesting_do_not_matter()
    {
        Assert.Equal("{\"a\":[1,{\"b\":2,\"c\":\"x\"}],\"z\":{}}", JsonCanonicalizer.Canonicalize("{ \"z\" : { }, \"a\" : [ 1.0 , { \"c\" : \"x\", \"b\" : 2 } ] }"));
    }
}
