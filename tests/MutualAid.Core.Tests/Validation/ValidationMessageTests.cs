using MutualAid.Core.Validation;

namespace MutualAid.Core.Tests.Validation;

/// <summary>Coded messages: English text for the API, code and arguments for translations, free text kept as written.</summary>
public sealed class ValidationMessageTests
{
    [Fact]
    public void Errors_keep_english_text_and_codes_with_invariant_arguments()
    {
        var errors = new ValidationErrors();
        errors.Add("fund.goalAmount", ValidationMessages.Between(0.5, 1000));
        errors.Add("fund.currency", ValidationMessages.CurrencyUnknown("XYZ"));
        errors.Add("fund.currency", "Written by hand.");

        var failure = Assert.Throws<ValidationFailedException>(errors.ThrowIfAny);

        Assert.Equal(["Must be between 0.5 and 1000."], failure.Errors["fund.goalAmount"]);
        Assert.Equal(["'XYZ' is not an ISO 4217 currency code.", "Written by hand."], failure.Errors["fund.currency"]);
        var between = Assert.Single(failure.Messages["fund.goalAmount"]);
        Assert.Equal("between", between.Code);
        Assert.Equal(["0.5", "1000"], between.Arguments);
        Assert.Equal(["currencyUnknown", ValidationMessage.FreeTextCode], failure.Messages["fund.currency"].Select(m => m.Code));
        Assert.Contains("fund.currency: 'XYZ' is not an ISO 4217 currency code., Written by hand.", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_template_fills_from_its_arguments_and_codes_are_distinct_words()
    {
        foreach (var (code, template) in ValidationMessages.English)
        {
            Assert.Matches("^[a-z][A-Za-z]+$", code);
            var placeholders = System.Text.RegularExpressions.Regex.Matches(template, @"\{(\d)\}").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var arguments = Enumerable.Range(0, placeholders.Count == 0 ? 0 : placeholders.Max() + 1).Select(i => $"arg{i}").ToArray();
            var text = ValidationMessage.Fill(template, arguments);
            Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        }
    }
}
