using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using MutualAid.Core.Validation;

namespace MutualAid.Server.Api;

/// <summary>
/// Validation problems keep their English text in <c>errors</c> and add <c>codes</c>: per field, each
/// message's stable code and arguments, so a client can show them in its own language.
/// </summary>
public static class ValidationCodes
{
    public static ProblemDetails Attach(ProblemDetails problem, IReadOnlyDictionary<string, ValidationMessage[]> messages)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(messages);
        var codes = new JsonObject();
        foreach (var (field, list) in messages)
        {
            codes[field] = new JsonArray([.. list.Select(m => (JsonNode)new JsonObject
            {
                ["code"] = m.Code,
                ["arguments"] = new JsonArray([.. m.Arguments.Select(a => (JsonNode?)JsonValue.Create(a))]),
            })]);
        }

        problem.Extensions["codes"] = codes;
        return problem;
    }
}
